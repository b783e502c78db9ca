// URL slugs for articles, sections, topics and authors: lower-case ASCII words
// joined by hyphens, accents folded ("Café Déjà" -> "cafe-deja"), at most 80
// characters. Shared by the write path and the seed so both make the same slugs.
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}
