// Chooses the Prisma client and driver adapter from the database URL. Kept
// apart from db.ts so command-line scripts (seed, import/export) share it.
//
// A Prisma client is compiled for one provider (the SQLite client refuses the
// pg adapter), so Postgres uses a second client generated from the derived
// prisma/postgres/schema.prisma. Its types are a superset of the SQLite
// client's, so callers see one `PrismaClient` type and never know which runs.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/app/_generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/app/_generated/prisma-pg/client";
import { observeDatabase } from "./db-health";
import { logQueries } from "./query-log";
import { reusePreparedStatements } from "./sqlite-statements";

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

export function createAdapter(url: string) {
  if (isPostgresUrl(url)) {
    // Loaded lazily so SQLite installs never touch pg.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PrismaPg } = require("@prisma/adapter-pg") as typeof import("@prisma/adapter-pg");
    // A dead server must fail queries fast (then pages answer 503), not hang them.
    return observeDatabase(new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5000 }));
  }
  return observeDatabase(sqliteWithStatementReuse(url));
}

function sqliteWithStatementReuse(url: string) {
  const factory = new PrismaBetterSQLite3({ url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    reusePreparedStatements((adapter as unknown as { client: Parameters<typeof reusePreparedStatements>[0] }).client);
    return adapter;
  };
  return factory;
}

/**
 * A Prisma client for DATABASE_URL-style `url`: SQLite (file:) or Postgres (postgres://).
 * `queryLog`: a file that gets one line per SQL statement (QUERY_LOG).
 */
export function createPrismaClient(url: string, opts: { queryLog?: string } = {}): PrismaClient {
  const adapter = opts.queryLog ? logQueries(createAdapter(url), opts.queryLog) : createAdapter(url);
  if (isPostgresUrl(url)) {
    return new PostgresClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter });
}
