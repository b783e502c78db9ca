// The <html> document of every root layout. The app has one root layout per
// audience and edition (app/(site), app/(ur), app/(admin), app/(bench)), so the
// server writes each page's language and direction into its HTML: an Urdu page
// is <html lang="ur" dir="rtl"> from the first byte, with no client-side flip,
// and nothing reads the request (a layout reading headers() would make every
// cached page dynamic).
import "../globals.css";
import { THEME_SCRIPT } from "../_lib/theme-script";

export function RootDocument({
  lang,
  dir = "ltr",
  digits,
  bodyClassName = "font-sans",
  children,
}: {
  lang: string;
  dir?: "ltr" | "rtl";
  /** The Urdu edition's digit system, read by the reader script's relative times. */
  digits?: string;
  bodyClassName?: string;
  children: React.ReactNode;
}) {
  return (
    <html lang={lang} dir={dir} data-digits={digits} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className={`min-h-screen antialiased ${bodyClassName}`}>{children}</body>
    </html>
  );
}
