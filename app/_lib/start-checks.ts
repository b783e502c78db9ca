// Refuses to run a production server with demo credentials, without a
// session secret or without its public address. Run by `npm start` /
// `npm run start:prod` (app/_cli/start.ts) before it builds or listens, and
// again when a server instance starts (instrumentation.ts), for servers
// started without it (systemd, the standalone server).
import type { Env } from "./env";

type UserReader = {
  user: { findMany(args: { where: { passwordIsDefault: boolean }; select: { email: true } }): Promise<{ email: string }[]> };
};

/** What is wrong with this configuration for production, each with what to set. */
export function configProblems(e: Env): string[] {
  const problems: string[] = [];
  if (e.SESSION_SECRET.length < 32) {
    problems.push("SESSION_SECRET is missing or shorter than 32 characters: set it to a long random string (e.g. `openssl rand -base64 48`).");
  }
  if (!e.SITE_URL_SET) {
    problems.push("SITE_URL is not set: set it to the public address readers use (e.g. SITE_URL=https://news.example.com); canonical links, feeds and sitemaps are built from it.");
  }
  for (const name of ["OUTBOUND_ALLOW_PRIVATE", "WEBHOOK_ALLOW_PRIVATE"] as const) {
    if (e[name]) problems.push(`${name}=1 lets webhooks and wire feeds reach private and local addresses: it is for local testing only; unset it.`);
  }
  return problems;
}

export async function demoPasswordProblems(db: UserReader): Promise<string[]> {
  const defaults = await db.user.findMany({ where: { passwordIsDefault: true }, select: { email: true } });
  if (defaults.length === 0) return [];
  return [
    `These accounts still have the demo password: ${defaults.map((u) => u.email).join(", ")}. ` +
      "Change their passwords (or disable them) in the newsroom, or run with PORTAL_DEMO=1 for a local demo.",
  ];
}

/** Every reason not to start; empty outside production or in demo mode. */
export async function productionProblems(e: Env, db: UserReader): Promise<string[]> {
  if (e.NODE_ENV !== "production" || e.PORTAL_DEMO) return [];
  return [...configProblems(e), ...(await demoPasswordProblems(db))];
}

export function refusal(problems: string[]): string {
  return `Refusing to start in production:\n- ${problems.join("\n- ")}`;
}

export async function assertProductionReady(): Promise<void> {
  const { env } = await import("./env");
  if (env.NODE_ENV !== "production" || env.PORTAL_DEMO) return;
  const { db } = await import("./db");
  const problems = await productionProblems(env, db);
  if (problems.length) throw new Error(refusal(problems));
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
