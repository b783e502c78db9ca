// Wire style runs the dateline into the first paragraph of the body:
// "<p><span class="dateline">Moscow, (APP - Meridian News - 13th Jan, 2025)</span> The talks ...".

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
