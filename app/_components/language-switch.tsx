// The switch between the editions. In the header: the other edition's front
// page. On a story: the same story in the other language when it has a
// published translation, else the other edition's front page.
import { messages } from "../_lib/i18n";
import { inEdition, paths } from "../_lib/seo/urls";

const other = (lang: string) => (lang === "ur" ? "en" : "ur");

const pill =
  "h-10 items-center rounded-full border border-zinc-300 px-3 text-sm font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Header link to the other edition ("اردو" on English pages, "English" on Urdu ones), in that edition's language. */
export function EditionSwitch({ lang, className = "inline-flex", testId = "edition-switch" }: { lang: string; className?: string; testId?: string }) {
  const to = other(lang);
  const t = messages(to);
  return (
    <a href={inEdition(to, "/")} lang={to} hrefLang={to} className={`${pill} ${className}`} data-testid={testId} aria-label={t.otherEdition}>
      {t.languageName}
    </a>
  );
}

/** On a story page: "اردو میں پڑھیں" / "Read in English" to its translation, or to the other edition. */
export function StoryLanguageSwitch({ lang, translationSlug }: { lang: string; translationSlug: string | null }) {
  const to = other(lang);
  const t = messages(to);
  const href = translationSlug ? inEdition(to, paths.article(translationSlug)) : inEdition(to, "/");
  return (
    <p className="mt-3 text-sm">
      <a
        href={href}
        lang={to}
        hrefLang={to}
        data-testid="language-switch"
        className="font-semibold text-brand-700 underline underline-offset-2 dark:text-rose-300"
      >
        {translationSlug ? t.readIn : t.otherEdition}
      </a>
    </p>
  );
}
