// Agency copy opens with its own dateline: "ISLAMABAD, Nov 19 (APP):",
// "KARACHI (AFP) -", "لاہور، 19 نومبر (اے پی پی):". The portal prints its own
// dateline format on publish (content/dateline.ts), so the agency's is parsed
// into place + agency and removed from the body text.
export type AgencyDateline = { place: string; agency: string; rest: string };

// Place: up to four capitalised Latin words (ALL CAPS or Title Case) or Arabic-script words;
// an optional date ("Nov 19", "19 نومبر"); the agency in parentheses; then ":" or a dash.
const LATIN_PLACE = "[A-Z][A-Za-z.'\\-]*(?: [A-Z][A-Za-z.'\\-]*){0,3}";
const ARABIC_PLACE = "[\\u0621-\\u064A\\u066E-\\u06D3]+(?: [\\u0621-\\u064A\\u066E-\\u06D3]+){0,3}"; // letters only: not "،"
const DATELINE = new RegExp(
  `^\\s*(${LATIN_PLACE}|${ARABIC_PLACE})\\s*[,،]?\\s*([A-Za-z0-9.\\u0600-\\u06FF ]{0,20}?)\\s*\\(([^()]{2,40})\\)\\s*[:\\-–—]\\s*`,
  "u",
);

const titleCase = (s: string) => (s === s.toUpperCase() && /[A-Z]/.test(s) ? s.toLowerCase().replace(/(^|[\s\-'])\p{L}/gu, (c) => c.toUpperCase()) : s);

/** The dateline at the start of `text`, or null when it does not open with one. */
export function parseAgencyDateline(text: string): AgencyDateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  // "(APP - Site - 13th Jan, 2025)": the agency is the first part.
  const agency = m[3].split(/\s+[-–]\s+/)[0].trim();
  if (!agency || agency.length > 20) return null;
  return { place: titleCase(m[1].trim()), agency: /[A-Za-z]/.test(agency) ? agency.toUpperCase() : agency, rest: text.slice(m[0].length) };
}

/** A dateline element's text alone ("ISLAMABAD, Nov 19"): its place. */
export function placeFromDatelineText(text: string): string {
  const place = text.split(/[,،]/)[0].trim();
  return place.length > 0 && place.length <= 40 ? titleCase(place) : "";
}
