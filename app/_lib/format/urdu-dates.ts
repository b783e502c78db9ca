// Urdu dates for the Urdu edition, built from Intl's parts for "ur-PK" (month
// names جنوری … دسمبر, Urdu day periods) rather than by editing an English
// string. Digits follow the site's one setting (urduDigits): Latin 0-9 or
// Eastern Arabic-Indic ۰-۹, through Intl's numbering system.
export type UrduDigits = "latin" | "arabic-indic";

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(date: Date, timeZone: string, digits: UrduDigits) {
  const key = `${timeZone}|${digits}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("ur-PK", {
      timeZone,
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      dayPeriod: "short",
      numberingSystem: digits === "arabic-indic" ? "arabext" : "latn",
    });
    formatters.set(key, fmt);
  }
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(date)) out[p.type] = p.value;
  return out as { year: string; month: string; day: string; hour: string; minute: string; dayPeriod: string };
}

/** "13 جنوری 2025" */
export function formatUrduDay(date: Date, timeZone: string, digits: UrduDigits): string {
  const p = parts(date, timeZone, digits);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "13 جنوری 2025 | 3:50 سہ پہر" (the wire format of the English "January 13, 2025 | 03:50 PM"). */
export function formatUrduPublished(date: Date, timeZone: string, digits: UrduDigits): string {
  const p = parts(date, timeZone, digits);
  return `${p.day} ${p.month} ${p.year} | ${p.hour}:${p.minute} ${p.dayPeriod}`;
}

/** "ماسکو (اے پی پی - میریڈین نیوز - 13 جنوری 2025)": place, then agency, site and date in brackets, as Urdu desks print agency copy. */
export function formatUrduDateline(
  input: { place: string; agency: string; date: Date },
  siteName: string,
  timeZone: string,
  digits: UrduDigits,
): string {
  const inner = [input.agency, siteName, formatUrduDay(input.date, timeZone, digits)].filter(Boolean).join(" - ");
  return input.place ? `${input.place} (${inner})` : `(${inner})`;
}
