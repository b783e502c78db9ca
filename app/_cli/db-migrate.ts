// `npm run db:migrate`: applies committed migrations to DATABASE_URL.
// SQLite: `prisma migrate deploy`. Postgres: the derived migrations, recorded in
// Prisma Migrate's history table (postgres-migrate.ts).
import { migrate } from "./prepare-database";

try {
  process.loadEnvFile?.(".env");
} catch {
  /* no .env: defaults apply */
}

const url = process.env.DATABASE_URL ?? "file:./data/portal.db";
migrate(url)
  .then(() => console.log("Database schema is up to date."))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
