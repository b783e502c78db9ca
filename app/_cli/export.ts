// `npm run export -- <file> [--with-password-hashes]`: writes all content of
// DATABASE_URL (SQLite or Postgres) and every file in the media store (MEDIA_DIR or S3) to one
// backup file (gzipped tar; see backup/backup.ts). Password hashes stay out
// unless asked for: a backup copied around should not carry crackable hashes.
import { BackupError, exportBackup } from "./backup/backup";

try {
  process.loadEnvFile?.(".env");
} catch {
  /* no .env: defaults apply */
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--with-password-hashes");
  if (!file || unknown.length) {
    console.error("Usage: npm run export -- <file.tar.gz> [--with-password-hashes]");
    process.exit(2);
  }
  const withPasswordHashes = args.includes("--with-password-hashes");
  const databaseUrl = process.env.DATABASE_URL ?? "file:./data/portal.db";
  // Imported after .env is loaded: env.ts validates (and reads) the variables once.
  const media = (await import("@/app/_lib/media/media-store-from-env")).mediaStore();
  console.log(`Exporting ${databaseUrl.replace(/\/\/[^@/]*@/, "//***@")} and ${media.label} to ${file}`);
  await exportBackup({ databaseUrl, media, file, withPasswordHashes, log: console.log });
  console.log(
    withPasswordHashes
      ? `Done: ${file} (with password hashes: keep it as safe as the database).`
      : `Done: ${file}. Password hashes were left out: after an import every account needs a new password (--with-password-hashes keeps them).`,
  );
}

main().catch((err) => {
  console.error(err instanceof BackupError ? err.message : err);
  process.exit(1);
});
