// The allow-list every stored and rendered article body passes through.
// Only http(s), mailto and relative links; no scripts, no event handlers, no
// inline styles; iframes only from the embed hosts below.
import sanitizeHtml from "sanitize-html";

export const EMBED_HOSTS = ["www.youtube-nocookie.com", "www.youtube.com", "youtube.com", "platform.twitter.com"];

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "code", "a", "blockquote", "ul", "ol", "li",
    "figure", "figcaption", "img", "br", "hr", "iframe", "cite",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "width", "height", "title", "srcset", "sizes", "loading"],
    iframe: ["src", "width", "height", "title", "allow", "allowfullscreen", "frameborder", "loading"],
    figure: ["data-type", "class"],
    blockquote: ["class"],
    p: ["class"],
  },
  allowedClasses: {
    figure: ["embed", "image"],
    blockquote: ["quote", "pull-quote", "twitter-tweet"],
    p: ["dateline"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"], iframe: ["https"] },
  allowProtocolRelative: false,
  allowedIframeHostnames: EMBED_HOSTS,
  disallowedTagsMode: "discard",
  transformTags: {
    // Links leaving the site never get the opener.
    a: (tagName, attribs) => {
      const external = /^https?:/i.test(attribs.href ?? "");
      return {
        tagName,
        attribs: external ? { ...attribs, rel: "noopener noreferrer nofollow", target: "_blank" } : attribs,
      };
    },
  },
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, options);
}
