// What a reader component needs to speak an edition's language: its strings,
// its URL prefix, its date formats (Urdu digits are a site setting), its
// direction. Server-only: it reads the (cached) site settings.
import "server-only";
import { LANGUAGE_DIRECTION, type Language } from "../domain";
import { formatPublished } from "../format/dates";
import { formatUrduPublished } from "../format/urdu-dates";
import { getSiteSettings } from "../queries/settings";
import { inEdition } from "../seo/urls";
import { site } from "../site";
import { messages, type Messages } from "./index";

export type Edition = {
  language: Language;
  dir: "ltr" | "rtl";
  t: Messages;
  digits: "latin" | "arabic-indic";
  /** The site's name as the edition prints it (masthead, datelines). */
  siteName: string;
  /** A path of the English scheme in this edition: /news/x → /ur/news/x. */
  href: (path: string) => string;
  /** "January 13, 2025 | 03:50 PM" / "13 جنوری 2025 | 3:50 سہ پہر". */
  published: (iso: string) => string;
  /** Digits as the edition writes them (page numbers). */
  num: (n: number) => string;
};

export async function getEdition(lang: string = "en"): Promise<Edition> {
  const language: Language = lang === "ur" ? "ur" : "en";
  const settings = language === "ur" ? await getSiteSettings() : null;
  const digits = settings?.urduDigits ?? "latin";
  const numbers = new Intl.NumberFormat(language === "ur" ? "ur-PK" : "en-US", {
    useGrouping: false,
    numberingSystem: digits === "arabic-indic" ? "arabext" : "latn",
  } as Intl.NumberFormatOptions);
  return {
    language,
    dir: LANGUAGE_DIRECTION[language],
    t: messages(language),
    digits,
    siteName: settings ? settings.urduSiteName : site.name,
    href: (path) => inEdition(language, path),
    published: (iso) =>
      language === "ur" ? formatUrduPublished(new Date(iso), site.timeZone, digits) : formatPublished(new Date(iso), site.timeZone),
    num: (n) => numbers.format(n),
  };
}
