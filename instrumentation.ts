// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { runStartChecks } = await import("./app/_lib/start-checks");
  await runStartChecks();
  // Due wire sources are polled by the server itself (Vercel: /api/cron/wire-poll).
  (await import("./app/_lib/wire/poll-timer")).startWirePolling();
}
