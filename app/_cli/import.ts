// `npm run import -- <file>`: restores a backup made by `npm run export` into the
// EMPTY database at DATABASE_URL (SQLite or Postgres; migrated first) and its
// media files into the media store (MEDIA_DIR or S3). Refuses a database that has any rows.
import { BackupError, importBackup } from "./backup/backup";

try {
  process.loadEnvFile?.(".env");
} catch {
  /* no .env: defaults apply */
}

async function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("Usage: npm run import -- <file.tar.gz>");
    process.exit(2);
  }
  const databaseUrl = process.env.DATABASE_URL ?? "file:./data/portal.db";
  // Imported after .env is loaded: env.ts validates (and reads) the variables once.
  const media = (await import("@/app/_lib/media/media-store-from-env")).mediaStore();
  console.log(`Importing ${file} into ${databaseUrl.replace(/\/\/[^@/]*@/, "//***@")} and ${media.label}`);
  const { usersWithoutPassword } = await importBackup({ databaseUrl, media, file, log: console.log });
  console.log("Done.");
  if (usersWithoutPassword > 0) {
    console.log(
      `${usersWithoutPassword} account(s) came without a password hash (the export left them out) and cannot sign in ` +
        `until they get a new password: run \`npm run user:password -- <email>\` for an admin, who can then set the others' passwords in the newsroom (Staff).`,
    );
  }
}

main().catch((err) => {
  console.error(err instanceof BackupError ? err.message : err);
  process.exit(1);
});
