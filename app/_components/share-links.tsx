import { messages } from "../_lib/i18n";
// Share links for a story: plain links to each network's own share page with
// the story's canonical URL and headline, no third-party script and nothing
// loaded from those networks until the reader clicks. "Copy link" is a link to
// the story itself (without JavaScript it opens the canonical address, which
// the reader can copy from the address bar); the reader-page script
// (app/_lib/reader-islands.ts) copies it to the clipboard instead and says so.

/** The share targets in the order shown, each with its visible name. */
export function shareTargets(url: string, title: string, on = "Share on", by = "Share by", email = "Email") {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { key: "x", name: "X", verb: on, href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { key: "facebook", name: "Facebook", verb: on, href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    {
      key: "whatsapp",
      name: "WhatsApp",
      verb: on,
      href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
    },
    {
      key: "linkedin",
      name: "LinkedIn",
      verb: on,
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    },
    {
      key: "email",
      name: email,
      verb: by,
      href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
  ];
}

const pill =
  "inline-flex min-h-9 items-center rounded-full border border-zinc-300 px-3 py-1 text-sm font-semibold hover:border-brand-600 hover:text-brand-700 dark:border-zinc-700 dark:hover:text-rose-300";

/**
 * `url` is the absolute canonical URL (its path already percent-encoded, as
 * new URL() gives it); `where` names the bar ("top" or "end") for its ids.
 */
export function ShareLinks({ url, title, where, lang = "en" }: { url: string; title: string; where: "top" | "end"; lang?: string }) {
  const labelId = `share-${where}`;
  const t = messages(lang);
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      className="share-links mt-4 flex flex-wrap items-center gap-2"
      data-share={where}
    >
      <span id={labelId} className="me-1 text-sm font-semibold text-zinc-600 dark:text-zinc-400">
        {t.share}
      </span>
      <ul className="flex flex-wrap gap-2">
        {shareTargets(url, title, t.shareOn, t.shareBy, t.email).map((s) => (
          <li key={s.key}>
            <a
              href={s.href}
              className={pill}
              data-share-target={s.key}
              {...(s.key === "email" ? {} : { target: "_blank", rel: "noopener noreferrer" })}
            >
              <span className="sr-only">{s.verb} </span>
              {s.name}
            </a>
          </li>
        ))}
        <li>
          <a href={url} className={pill} data-copy-link="">
            {t.copyLink}
          </a>
        </li>
      </ul>
      <span role="status" className="text-sm text-zinc-600 dark:text-zinc-400" data-copy-status="" data-label={t.linkCopied} />
    </div>
  );
}
