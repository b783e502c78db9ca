// Opt-in log of every SQL statement the app sends (QUERY_LOG=<file>), one line
// each, written synchronously so a test reading the file right after a response
// sees every query that response caused. The e2e server turns it on to check
// that a cached page or feed costs no database query; off (no wrapper) otherwise.
import { appendFileSync } from "node:fs";

type Statement = { sql?: unknown };

const oneLine = (query: unknown) => String((query as Statement | undefined)?.sql ?? query).replace(/\s+/g, " ").slice(0, 300);

function write(file: string, query: unknown) {
  try {
    appendFileSync(file, `${oneLine(query)}\n`);
  } catch {
    /* a log that cannot be written must never fail the query */
  }
}

/** Wraps a driver adapter factory; its connections and transactions are wrapped too. */
export function logQueries<T extends object>(target: T, file: string): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (prop === "queryRaw" || prop === "executeRaw" || prop === "executeScript") write(file, args[0]);
        const out = (value as (...a: unknown[]) => unknown).apply(t, args);
        if ((prop === "connect" || prop === "startTransaction") && out && typeof (out as Promise<unknown>).then === "function") {
          return (out as Promise<unknown>).then((r) => (r && typeof r === "object" ? logQueries(r, file) : r));
        }
        return out;
      };
    },
  });
}
