// `npm run user:password -- <email>`: gives one account a new password from the
// command line, for the first admin after `npm run import` of a backup made
// without password hashes (nobody can sign in to set it in the newsroom then).
// The password is read from NEW_PASSWORD or the first line of standard input,
// never from the arguments (they end up in shell history and `ps`).
import { createInterface } from "node:readline";
import { hashPassword } from "@/app/_lib/auth/password";
import { createPrismaClient } from "@/app/_lib/db-adapter";

// The newsroom's rule (app/_lib/mutations/account.ts); not imported, because
// that module opens the app's database client on load.
const MIN_PASSWORD_LENGTH = 10;

try {
  process.loadEnvFile?.(".env");
} catch {
  /* no .env: defaults apply */
}

async function readPassword(): Promise<string> {
  if (process.env.NEW_PASSWORD) return process.env.NEW_PASSWORD;
  if (process.stdin.isTTY) process.stdout.write("New password (shown as typed): ");
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

async function main() {
  const email = process.argv[2]?.trim().toLowerCase();
  if (!email) {
    console.error("Usage: NEW_PASSWORD=... npm run user:password -- <email>   (or type the password when asked)");
    process.exit(2);
  }
  const db = createPrismaClient(process.env.DATABASE_URL ?? "file:./data/portal.db");
  try {
    const user = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) throw new Error(`No account with the email ${email}.`);
    const password = await readPassword();
    if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`Use at least ${MIN_PASSWORD_LENGTH} characters.`);
    await db.$transaction([
      db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password), passwordIsDefault: false, passwordChangedAt: new Date() } }),
      db.session.deleteMany({ where: { userId: user.id } }),
      db.auditLog.create({ data: { actor: "command line", action: "user.updated", entityType: "user", entityId: String(user.id), details: JSON.stringify({ passwordChanged: true }) } }),
    ]);
    console.log(`New password set for ${email}; its old sessions are signed out.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
