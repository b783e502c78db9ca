// Refuses to run a production server with demo credentials or without a
// session secret. Called once at server start (instrumentation.ts).
import { env } from "./env";
import { db } from "./db";

export async function assertProductionReady(): Promise<void> {
  if (env.NODE_ENV !== "production" || env.PORTAL_DEMO) return;
  const problems: string[] = [];
  if (env.SESSION_SECRET.length < 32) {
    problems.push("SESSION_SECRET is missing or shorter than 32 characters: set it to a long random string (e.g. `openssl rand -base64 48`).");
  }
  if (env.WEBHOOK_ALLOW_PRIVATE) {
    problems.push("WEBHOOK_ALLOW_PRIVATE=1 lets webhooks reach private and local addresses: it is for local testing only; unset it.");
  }
  const defaults = await db.user.findMany({ where: { passwordIsDefault: true }, select: { email: true } });
  if (defaults.length > 0) {
    problems.push(
      `These accounts still have the demo password: ${defaults.map((u) => u.email).join(", ")}. ` +
        "Change their passwords (or disable them) in the newsroom, or run with PORTAL_DEMO=1 for a local demo.",
    );
  }
  if (problems.length) {
    throw new Error(`Refusing to start in production:\n- ${problems.join("\n- ")}`);
  }
}

/** Stops the process with the reasons when the checks fail. */
export async function runStartChecks(): Promise<void> {
  try {
    await assertProductionReady();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
