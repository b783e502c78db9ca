// Date formats readers see. All take an explicit time zone so the server and
// tests agree; pages pass site.timeZone.

// One formatter per time zone for the life of the process: building an
// Intl.DateTimeFormat costs far more than formatting with it, and a listing
// formats a date per card (BENCHMARKS.md, uncached pages).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hour12: true,
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

function parts(date: Date, timeZone: string) {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(date)) out[p.type] = p.value;
  return out as { year: string; month: string; day: string; hour: string; minute: string; dayPeriod: string };
}

/** "January 13, 2025 | 03:50 PM" */
export function formatPublished(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.month} ${Number(p.day)}, ${p.year} | ${p.hour}:${p.minute} ${p.dayPeriod.toUpperCase()}`;
}

/** "January 13, 2025" */
export function formatDay(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.month} ${Number(p.day)}, ${p.year}`;
}

export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** "13th Jan, 2025" as used in datelines. */
export function formatDatelineDate(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${ordinal(Number(p.day))} ${p.month.slice(0, 3)}, ${p.year}`;
}

/** "Moscow, (APP - Meridian News - 13th Jan, 2025)" */
export function formatDateline(
  input: { place: string; agency: string; date: Date },
  siteName: string,
  timeZone: string,
): string {
  const inner = [input.agency, siteName, formatDatelineDate(input.date, timeZone)].filter(Boolean).join(" - ");
  return input.place ? `${input.place}, (${inner})` : `(${inner})`;
}

/**
 * "25 minutes ago", "1 hour ago", "2 days ago"; in Urdu "25 منٹ پہلے" (digits
 * Latin or Eastern Arabic-Indic, the site's `urduDigits`). Used by the server
 * and, as its source text, by the browser-side label (app/_lib/reader-islands.ts),
 * so it must use nothing from outside itself: both then print the same text.
 */
export function relativeTime(date: Date, now: Date = new Date(), language = "en", digits = "latin"): string {
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const months = Math.floor(days / 30);
  const years = Math.floor(days / 365);
  const [n, unit]: [number, Intl.RelativeTimeFormatUnit] =
    seconds < 45
      ? [0, "second"]
      : minutes < 60
        ? [minutes, "minute"]
        : hours < 24
          ? [hours, "hour"]
          : days < 30
            ? [days, "day"]
            : months < 12
              ? [months, "month"]
              : [years, "year"];
  if (language === "ur") {
    if (n === 0) return "ابھی ابھی";
    const numberingSystem = digits === "arabic-indic" ? "arabext" : "latn";
    return new Intl.RelativeTimeFormat("ur", { numeric: "always", numberingSystem } as Intl.RelativeTimeFormatOptions).format(-n, unit);
  }
  if (n === 0) return "just now";
  return `${n} ${n === 1 ? unit : `${unit}s`} ago`;
}
