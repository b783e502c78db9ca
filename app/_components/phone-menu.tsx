// The phone menu: a button that opens the full section list and the search
// box, which do not fit the header on a narrow screen. The reader-page script
// (app/_lib/reader-islands.ts) opens and closes it (Escape closes it too);
// the icon follows aria-expanded in CSS.
export function PhoneMenu({ children, label = "Menu" }: { children: React.ReactNode; label?: string }) {
  return (
    <div className="md:hidden">
      <button
        type="button"
        aria-expanded="false"
        aria-controls="phone-menu"
        data-menu-toggle=""
        className="group inline-flex h-10 items-center gap-2 rounded-full border border-zinc-300 px-3 text-sm font-semibold dark:border-zinc-700"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 group-aria-expanded:hidden" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M4 7h16M4 12h16M4 17h16" />
        </svg>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden h-5 w-5 group-aria-expanded:block" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 6l12 12M18 6L6 18" />
        </svg>
        {label}
      </button>
      <div
        id="phone-menu"
        hidden
        className="absolute inset-x-0 top-full z-40 border-b border-zinc-200 bg-white px-4 pb-6 pt-4 shadow-lg dark:border-zinc-800 dark:bg-zinc-950"
      >
        {children}
      </div>
    </div>
  );
}
