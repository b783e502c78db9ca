// What a reader page does in the browser, without React: the few behaviours
// of the header and the story lists, as one small script.
//
// Reader pages are cached HTML that the Node server sends without Next's
// client runtime (app/_server/runtime-free-pages.cjs): no framework JavaScript to
// download, parse and hydrate, so the page is readable and usable as soon as
// its HTML and stylesheet arrive. The markup these behaviours work on is
// rendered by server components (relative-time, breaking-ticker, phone-menu,
// theme-toggle, view-beacon in app/_components), marked with data- attributes.
//
// The function runs in two ways (app/_components/reader-islands.tsx):
//  - as an inline script at the end of the page, its source text, when the
//    page came without the runtime (the usual case);
//  - from a client component after hydration, when the runtime is there (a
//    server without the hooks, such as `next dev` or Vercel, or a page Next
//    renders in the browser such as a 404), so it never changes the page
//    before React has matched it.
// It must therefore use nothing from outside itself except its argument:
// `relativeTime` is passed in (its source text, in the inline case).
//
// Clicks are handled on the document, so buttons work however often React
// replaces the markup; `scan()` finds new markup after a client-side
// navigation and starts each ticker and counts each story once.

type Win = Window & { __readerIslands?: { scan: () => void } };

export function readerIslands(relativeTime: (date: Date, now?: Date, language?: string, digits?: string) => string): void {
  const w = window as Win;
  if (w.__readerIslands) {
    w.__readerIslands.scan();
    return;
  }
  const doc = document;
  const MINUTE = 60_000;

  // Theme: the remembered choice, or the system's. The root layout's inline
  // script applied it before first paint; applied again here for pages Next
  // renders in the browser without that script.
  const storedTheme = () => {
    try {
      return localStorage.getItem("theme");
    } catch {
      return null; // storage blocked: follow the system
    }
  };
  const wantDark = () => {
    const stored = storedTheme();
    return stored === "dark" || (!stored && matchMedia("(prefers-color-scheme: dark)").matches);
  };
  const showTheme = () => {
    const dark = doc.documentElement.classList.contains("dark");
    doc.querySelectorAll("[data-theme-toggle]").forEach((b) => b.setAttribute("aria-pressed", String(dark)));
  };
  doc.documentElement.classList.toggle("dark", wantDark());

  // Phone menu: a button that shows or hides the panel it controls.
  const setMenu = (button: Element, open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    const panel = doc.getElementById(button.getAttribute("aria-controls") ?? "");
    if (panel) panel.hidden = !open;
  };

  // Relative times: one timer for all of them.
  const relabel = () => {
    doc.querySelectorAll<HTMLTimeElement>("time[data-relative-time]").forEach((t) => {
      // The edition's language and digits, as the server wrote them on <html>.
      const root = doc.documentElement;
      t.textContent = relativeTime(new Date(t.dateTime), new Date(), root.lang, root.getAttribute("data-digits") ?? "latin");
      t.dataset.relative = "";
    });
  };

  // Breaking ticker: the stories the server knew of when the page was cached;
  // those older than the window are dropped (a page cached hours ago must not
  // call old news "breaking"); the rest rotate every 6 s unless paused (WCAG
  // 2.2.2) or the reader prefers reduced motion.
  type TickerItem = { slug: string; href?: string; title: string; publishedAt: string };
  const tickers = new Map<HTMLElement, { index: number; paused: boolean }>();
  const freshItems = (ticker: HTMLElement): TickerItem[] => {
    const hours = Number(ticker.dataset.windowHours);
    let items: TickerItem[] = [];
    try {
      items = JSON.parse(ticker.dataset.items ?? "[]");
    } catch {
      return [];
    }
    return items.filter((i) => Date.now() - new Date(i.publishedAt).getTime() < hours * 3_600_000);
  };
  const showTicker = (ticker: HTMLElement) => {
    const state = tickers.get(ticker);
    if (!state) return;
    const fresh = freshItems(ticker);
    ticker.hidden = fresh.length === 0;
    const button = ticker.querySelector<HTMLButtonElement>("[data-ticker-pause]");
    if (button) button.hidden = fresh.length < 2;
    const link = ticker.querySelector<HTMLAnchorElement>("[data-ticker-link]");
    if (!link || fresh.length === 0) return;
    const item = fresh[state.index % fresh.length];
    link.href = item.href ?? `/news/${item.slug}`;
    link.textContent = item.title;
  };

  // View beacon: one small POST per article view for "Most Read" (keepalive:
  // it completes even if the reader leaves at once), once the page has loaded,
  // so it never competes with the page itself. Best effort.
  const countView = (el: HTMLElement) => {
    if (doc.readyState !== "complete") {
      addEventListener("load", () => countView(el), { once: true });
      return;
    }
    fetch("/api/views", {
      method: "POST",
      body: JSON.stringify({ articleId: Number(el.dataset.counted) }),
      headers: { "content-type": "application/json" },
      keepalive: true,
    }).catch(() => {});
  };

  const scan = () => {
    showTheme();
    relabel();
    doc.querySelectorAll<HTMLElement>("[data-ticker]").forEach((t) => {
      if (tickers.has(t)) return;
      tickers.set(t, { index: 0, paused: false });
      showTicker(t);
    });
    // By story, not by element: React may reuse the element for the next story.
    doc.querySelectorAll<HTMLElement>("[data-view-beacon]").forEach((el) => {
      if (el.dataset.counted === el.dataset.viewBeacon) return;
      el.dataset.counted = el.dataset.viewBeacon;
      countView(el);
    });
  };

  doc.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const theme = target?.closest("[data-theme-toggle]");
    if (theme) {
      const dark = !doc.documentElement.classList.contains("dark");
      doc.documentElement.classList.toggle("dark", dark);
      try {
        localStorage.setItem("theme", dark ? "dark" : "light");
      } catch {
        // storage blocked: the switch still works for this page
      }
      showTheme();
    }
    // Copy link: a plain link to the story without this script; with it, the
    // address goes to the clipboard and the bar's status line says so (read
    // out by screen readers). Where the clipboard is refused, the link is followed.
    const copy = target?.closest<HTMLAnchorElement>("a[data-copy-link]");
    if (copy && navigator.clipboard && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const status = copy.closest("[data-share]")?.querySelector("[data-copy-status]");
      navigator.clipboard.writeText(copy.href).then(
        () => {
          if (status) status.textContent = status.getAttribute("data-label") ?? "Link copied";
        },
        () => location.assign(copy.href),
      );
    }
    const menu = target?.closest("[data-menu-toggle]");
    if (menu) setMenu(menu, menu.getAttribute("aria-expanded") !== "true");
    const pause = target?.closest<HTMLElement>("[data-ticker-pause]");
    const ticker = pause?.closest<HTMLElement>("[data-ticker]");
    const state = ticker && tickers.get(ticker);
    if (pause && state) {
      state.paused = !state.paused;
      pause.setAttribute("aria-pressed", String(state.paused));
      pause.textContent = (state.paused ? pause.getAttribute("data-label-play") : pause.getAttribute("data-label-pause")) ?? (state.paused ? "Play" : "Pause");
    }
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    doc.querySelectorAll('[data-menu-toggle][aria-expanded="true"]').forEach((b) => setMenu(b, false));
  });
  setInterval(() => {
    relabel();
    tickers.forEach((_, t) => showTicker(t));
  }, MINUTE);
  setInterval(() => {
    if (matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    tickers.forEach((state, t) => {
      if (state.paused || !t.isConnected) return;
      state.index += 1;
      showTicker(t);
    });
  }, 6000);

  w.__readerIslands = { scan };
  scan();
}
