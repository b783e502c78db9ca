// Wire style runs the dateline into the first paragraph of the body:
// "<p><span class="dateline">Moscow, (APP - Meridian News - 13th Jan, 2025)</span> The talks ...".
import { formatDateline } from "../format/dates";
import { site } from "../site";

export type DatelineParts = { place: string; agency: string; text: string };

/**
 * A story's dateline as every reader of it sees it (the page, its JSON-LD,
 * feeds, the public API): its own agency, or the desk's default agency (site
 * setting) when it names none. One function so they cannot disagree.
 */
export function articleDateline(
  article: { datelinePlace: string; sourceAgency: string; publishedAt: string },
  defaultAgency: string,
): DatelineParts {
  const place = article.datelinePlace;
  const agency = article.sourceAgency || defaultAgency;
  return { place, agency, text: formatDateline({ place, agency, date: new Date(article.publishedAt) }, site.name, site.timeZone) };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The (sanitized) body HTML with the dateline run into its first paragraph. */
export function withDateline(bodyHtml: string, dateline: string): string {
  const span = `<span class="dateline">${escapeHtml(dateline)}</span>`;
  const html = bodyHtml.trimStart();
  const open = /^<p(\s[^>]*)?>/i.exec(html);
  if (open) return `${open[0]}${span} ${html.slice(open[0].length)}`;
  // The body does not open with a paragraph (an image, a subhead): the dateline gets its own.
  return `<p>${span}</p>${html}`;
}
