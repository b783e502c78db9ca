import { otherMethods } from "@/app/_lib/http/other-methods";
// Liveness: the process is up and serving. (Readiness, with the database, is /api/health/ready.)
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
