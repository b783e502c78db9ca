import { ReaderNotFound } from "@/app/_components/reader-not-found";
import { listingRoutes } from "@/app/_components/listing-routes";
import { ListingGrid } from "@/app/_components/listing";
import { StoryImage } from "@/app/_components/story-image";
import { getAuthorListing, type AuthorProfile } from "@/app/_lib/queries/listings";
import { messages, type Messages } from "@/app/_lib/i18n";
import { inEdition } from "@/app/_lib/seo/urls";

/** A page of an author's stories with the profile; 404 when the author or the page does not exist. */
export async function AuthorView({ slug, page, lang = "en" }: { slug: string; page: number; lang?: string }) {
  const result = await getAuthorListing(slug, page, lang);
  if (!result || page > result.listing.totalPages) return <ReaderNotFound lang={lang} />;
  const { author, listing } = result;
  const t = messages(lang);
  return (
    <>
      <header className="flex flex-col gap-5 border-b-2 border-brand-600 pb-5 sm:flex-row sm:items-start">
        {author.avatar && (
          <div className="h-28 w-28 shrink-0 overflow-hidden rounded-full">
            <StoryImage image={author.avatar} sizes="112px" priority className="aspect-square" />
          </div>
        )}
        <div>
          <p className="text-xs font-bold uppercase tracking-widest text-zinc-600 dark:text-zinc-400">{t.author}</p>
          <h1 className="mt-1 font-serif text-3xl font-bold md:text-4xl">
            {author.name}
            {page > 1 && <span className="ms-2 text-lg font-normal text-zinc-600 dark:text-zinc-400">
                {t.pageN} {page}
              </span>}
          </h1>
          {author.bio && <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{author.bio}</p>}
          <SocialLinks author={author} t={t} />
        </div>
      </header>
      <ListingGrid listing={listing} base={inEdition(lang, `/author/${author.slug}`)} heading={`${t.storiesBy} ${author.name}`} lang={lang} />
    </>
  );
}

function SocialLinks({ author, t }: { author: AuthorProfile; t: Messages }) {
  const links = [
    author.xHandle && { label: `@${author.xHandle}`, name: "X", href: `https://x.com/${author.xHandle}` },
    author.instagramHandle && { label: `@${author.instagramHandle}`, name: "Instagram", href: `https://www.instagram.com/${author.instagramHandle}` },
    author.facebookUrl && { label: "Facebook", name: "Facebook", href: author.facebookUrl },
    author.linkedinUrl && { label: "LinkedIn", name: "LinkedIn", href: author.linkedinUrl },
    author.websiteUrl && { label: t.website, name: "Website", href: author.websiteUrl },
  ].filter((l): l is { label: string; name: string; href: string } => Boolean(l));
  if (links.length === 0) return null;
  return (
    <ul aria-label={t.elsewhere(author.name)} className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href} rel="me noopener noreferrer" target="_blank" className="font-semibold text-brand-700 hover:underline dark:text-rose-300">
            {l.name === "X" || l.name === "Instagram" ? `${l.name}: ${l.label}` : l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The author routes of an edition (/author/..., /ur/author/...): the same author rows, each edition's stories. */
export const authorRoutesFor = (lang: string) =>
  listingRoutes({
    kind: "author",
    lang,
    subject: async (slug, page) => {
      const author = (await getAuthorListing(slug, page, lang))?.author;
      return author ? { slug: author.slug, name: author.name, description: author.bio } : null;
    },
    View: (props) => AuthorView({ ...props, lang }),
  });

export const authorRoutes = authorRoutesFor("en");
