// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { runStartChecks } = await import("./app/_lib/start-checks");
  await runStartChecks();
}
