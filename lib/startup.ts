/**
 * Runs once when the server starts: brings the embedded database up to date and loads demo data.
 * A production database is migrated by `npm run db:migrate` (or `prisma migrate deploy`) at deploy time.
 */
import { database } from "@/lib/db";
import { env, isEmbeddedDatabase, wantsDemoData } from "@/lib/env";
import { logInfo } from "@/lib/log";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { seedDemoData } from "@/lib/demo/seed-demo-data";
import { loadReferenceRates } from "@/lib/exchange-rates/load-reference-rates";
import { startSyncScheduler } from "@/lib/scheduler/start-sync-scheduler";

export async function startServer(): Promise<void> {
  env(); // Fails start-up with a message naming the variable when configuration is invalid.
  if (isEmbeddedDatabase()) {
    const applied = await applyMigrations(database().sql);
    if (applied.length) logInfo("applied migrations to the embedded database", { applied });
  }
  const rates = await loadReferenceRates();
  if (rates) logInfo("loaded reference exchange rates", { rates });
  if (wantsDemoData()) {
    const created = await seedDemoData();
    if (created) logInfo("loaded demo data", { email: created.email });
  }
  // Without QStash, due connections are synced by one in-process interval (a no-op when QStash is set).
  startSyncScheduler();
}
