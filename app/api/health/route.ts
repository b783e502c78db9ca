// Liveness: the process is up and serving. (Readiness, with the database, is /api/health/ready.)
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
