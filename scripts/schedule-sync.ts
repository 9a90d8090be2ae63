/**
 * Creates or updates the QStash schedule that calls POST /api/cron/sync every 15 minutes.
 *   npm run schedule:sync
 * Needs QSTASH_TOKEN and APP_URL (the public origin QStash can reach). The fixed schedule id makes a
 * second run update the same schedule instead of adding another.
 */
import { Client } from "@upstash/qstash";
import { env } from "@/lib/env";
import { cronSyncUrl } from "@/lib/scheduler/verify-cron-request";

const SCHEDULE_ID = "fathom-sync-every-15-minutes";
const CRON = "*/15 * * * *";

async function main(): Promise<void> {
  const token = env().QSTASH_TOKEN;
  if (!token) throw new Error("QSTASH_TOKEN is not set: without QStash the app syncs with its in-process scheduler");
  const client = new Client({ token });
  const destination = cronSyncUrl();
  await client.schedules.create({ scheduleId: SCHEDULE_ID, destination, cron: CRON, method: "POST", retries: 2 });
  console.log(JSON.stringify({ scheduleId: SCHEDULE_ID, destination, cron: CRON }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
