// Prisma's better-sqlite3 adapter prepares every query anew (SQLite parses and
// plans it each time: ~2.5% of the CPU of a story's first render, more than
// the query itself for the small reads of a page). This keeps each connection's
// recently used statements by their SQL text and runs them again with the new
// arguments. The adapter binds arguments to the statement it gets (`.bind`,
// which better-sqlite3 makes permanent), so it gets a view that passes them on
// each call instead. Statements survive schema changes (SQLite re-prepares them).
//
// Written here, not taken from a library: the adapter's only seam is the
// connection's `prepare`, used as `prepare(sql).bind(args)` then `.reader`,
// `.columns()`, `.raw().all()` or `.run()`, and `prepare("BEGIN").run()`
// (@prisma/adapter-better-sqlite3 6.19.3, pinned; the unit test runs through it).

type Statement = {
  readonly reader: boolean;
  columns(): unknown[];
  raw(on: boolean): Statement;
  all(args: unknown[]): unknown[];
  run(args: unknown[]): unknown;
};
type Connection = { prepare(sql: string): Statement };

/** What the adapter uses of a statement, with `args` passed on each call. */
function withArgs(statement: Statement, args: unknown[]) {
  return {
    reader: statement.reader,
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
    run: () => statement.run(args),
  };
}

/** Makes `connection.prepare` reuse the last `max` distinct statements. */
export function reusePreparedStatements(connection: Connection, max = 500): void {
  const prepare = connection.prepare.bind(connection);
  const kept = new Map<string, Statement>();
  connection.prepare = ((sql: string) => {
    let statement = kept.get(sql);
    if (statement) kept.delete(sql);
    else {
      statement = prepare(sql);
      if (kept.size >= max) kept.delete(kept.keys().next().value as string);
    }
    kept.set(sql, statement);
    return { ...withArgs(statement, []), bind: (args: unknown[]) => withArgs(statement, args) };
  }) as unknown as Connection["prepare"];
}
