// Old article addresses for proxy.ts, which answers them with a 301 before the
// page renders (a page can only answer 307/308). Next's data cache does not
// persist inside the proxy, so the proxy keeps the whole (small) Redirect
// table in process memory instead:
// - every request, a live story's included, is a Map lookup: no query;
// - a write in this process that revalidates the "redirects" tag also bumps
//   a generation counter (forgetMovedArticles), so the next request reloads;
// - renames made by other instances arrive within a minute: the table is
//   reloaded in the background (after the response) once it is that old.
// Until then the article page's own lookup still redirects (308).
import "server-only";
import { db } from "../db";

type Move = { toPath: string; statusCode: number };
type Memo = { moves: Map<string, Move>; loadedAt: number; generation: number };

const REFRESH_MS = 60_000;

// On globalThis: the proxy and the app's route modules are bundled separately
// but run in one process, and must see the same counter.
const shared = globalThis as unknown as { __movedArticles?: { memo: Memo | null; generation: number; loading: Promise<Memo> | null } };
const state = (shared.__movedArticles ??= { memo: null, generation: 0, loading: null });

/** Called by the write path whenever the "redirects" tag is revalidated. */
export function forgetMovedArticles(): void {
  state.generation++;
}

function reload(): Promise<Memo> {
  const generation = state.generation;
  state.loading ??= db.redirect
    .findMany({ select: { fromPath: true, toPath: true, statusCode: true } })
    .then((rows) => {
      const memo = { moves: new Map(rows.map((r) => [r.fromPath, { toPath: r.toPath, statusCode: r.statusCode }])), loadedAt: Date.now(), generation };
      state.memo = memo;
      return memo;
    })
    .finally(() => {
      state.loading = null;
    });
  return state.loading;
}

/** Where `path` moved to, or null. `background` runs a refresh after the response (the proxy's waitUntil). */
export async function findMovedArticle(path: string, background: (work: Promise<unknown>) => void): Promise<Move | null> {
  let memo = state.memo;
  if (!memo || memo.generation !== state.generation) memo = await reload();
  else if (Date.now() - memo.loadedAt > REFRESH_MS && !state.loading) background(reload().catch(() => undefined));
  return memo.moves.get(path) ?? null;
}
