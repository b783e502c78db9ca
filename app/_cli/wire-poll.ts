// `npm run wire:poll`: polls the due wire sources once and prints what each
// poll did (for a shell, cron or a systemd timer). Exit 1 when a poll failed.
import { db } from "../_lib/db";
import { pollDueSources } from "../_lib/wire/poll";

async function main(): Promise<number> {
  const results = await pollDueSources(new Date(), 1000);
  let failed = false;
  for (const { id, outcome } of results) {
    if (outcome.ok) console.log(`source ${id}: ${outcome.fetched}, added ${outcome.added}, updated ${outcome.updated}, killed ${outcome.killed}, skipped ${outcome.skipped.length}`);
    else {
      failed ||= !("busy" in outcome);
      console.log(`source ${id}: ${outcome.error}`);
    }
  }
  if (results.length === 0) console.log("No wire source is due.");
  await db.$disconnect();
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
