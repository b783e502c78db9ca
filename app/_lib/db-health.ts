// Whether the database answers, as seen by the queries the app runs. The
// driver adapter is observed (db-adapter.ts): a "cannot reach the database"
// failure marks it down, any successful query marks it up again. The state is
// shared with the server hooks (app/_server/process-state.cjs), which sit
// outside Next's bundles and turn the resulting 500s into 503s.
import { processState } from "@/app/_server/process-state.cjs";

export type DatabaseState = { down: boolean; since: number; lastError: string };

export function databaseState(): DatabaseState {
  return processState().database;
}

export function markDatabase(up: boolean, err?: unknown) {
  const state = databaseState();
  if (state.down === !up) return;
  state.down = !up;
  state.since = Date.now();
  state.lastError = up ? "" : describe(err);
}

// Driver adapter error kinds (Prisma 6 driver adapters) and Prisma error codes
// that mean "no database right now" rather than "this query is wrong".
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
const UNAVAILABLE_CODES = new Set([
  "P1001", // can't reach database server
  "P1002", // timed out
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "57P01", // admin shutdown
  "57P02", // crash shutdown
  "57P03", // cannot connect now (starting up)
  "08000",
  "08001",
  "08003",
  "08006",
]);
const UNAVAILABLE_MESSAGE = /Connection terminated|connect ECONNREFUSED|Can't reach database server|the database system is (starting up|shutting down)|terminating connection due to administrator command|Client has encountered a connection error/i;

/** True when `err` says the database cannot be reached (not that the query was bad). */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false;
  const e = err as { kind?: unknown; code?: unknown; message?: unknown; cause?: unknown; meta?: unknown; originalCode?: unknown };
  if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && UNAVAILABLE_CODES.has(e.originalCode)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta, depth + 1);
}

function describe(err: unknown): string {
  if (!err || typeof err !== "object") return String(err ?? "");
  const e = err as { name?: string; code?: string; cause?: { kind?: string } };
  return [e.name, e.code, e.cause?.kind].filter(Boolean).join(" ");
}

/** Wraps a driver adapter (factory) so every query reports whether the database answered. */
export function observeDatabase<T extends object>(target: T): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const out = (value as (...a: unknown[]) => unknown).apply(t, args);
        if (!out || typeof (out as Promise<unknown>).then !== "function") return out;
        return (out as Promise<unknown>).then(
          (result) => {
            if (prop !== "dispose") markDatabase(true);
            // Connections and transactions are objects whose queries we observe too.
            return (prop === "connect" || prop === "startTransaction") && result && typeof result === "object" ? observeDatabase(result) : result;
          },
          (err) => {
            if (isDatabaseUnavailable(err)) markDatabase(false, err);
            throw err;
          },
        );
      };
    },
  });
}
