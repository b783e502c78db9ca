// Readiness: this instance can serve pages that need the database. Load
// balancers take an instance out of rotation while this answers 503.
import { db } from "@/app/_lib/db";
import { isDatabaseUnavailable, markDatabase } from "@/app/_lib/db-health";
import { logger } from "@/app/_lib/log";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2000;
const NO_STORE = { "Cache-Control": "no-store" };

export async function GET() {
  try {
    await Promise.race([
      db.$queryRawUnsafe("SELECT 1"),
      new Promise((_, reject) => setTimeout(() => reject(Object.assign(new Error("database ping timed out"), { code: "ETIMEDOUT" })), TIMEOUT_MS)),
    ]);
    return Response.json({ status: "ok", database: "ok" }, { headers: NO_STORE });
  } catch (err) {
    if (isDatabaseUnavailable(err)) markDatabase(false, err);
    logger.warn({ err: { name: (err as Error).name, code: (err as { code?: string }).code } }, "readiness check: database unavailable");
    return Response.json({ status: "unavailable", database: "down" }, { status: 503, headers: { ...NO_STORE, "Retry-After": "10" } });
  }
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
