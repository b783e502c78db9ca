import localFont from "next/font/local";

// Noto Nastaliq Urdu, self-hosted from @fontsource (OFL), only its Arabic-script
// subset (U+0600-06FF, ZWNJ/ZWJ, marks). Used by the Urdu edition's layout and
// by the newsroom for Urdu text (lang="ur"); English reader pages never load
// it. Latin letters and digits fall back to the sans font. Two weights (text
// and headlines).
export const nastaliq = localFont({
  src: [
    { path: "../../../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2", weight: "400" },
    { path: "../../../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-nastaliq",
  display: "swap",
  // No preload: next/font would put the preload on every page that shares the
  // stylesheet, English ones included; Urdu pages find the font in their CSS.
  preload: false,
  fallback: ["serif"],
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF, U+0750-077F, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FEFC" }],
});
