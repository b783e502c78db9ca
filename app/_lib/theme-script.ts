// Applies the remembered theme (or the system's) before first paint, so dark
// mode never flashes light. One constant: the root layout inlines it, and the
// newsroom's Content-Security-Policy (proxy.ts) allows it by its hash.
export const THEME_SCRIPT = `try{var t=localStorage.getItem("theme");if(t==="dark"||(!t&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;
