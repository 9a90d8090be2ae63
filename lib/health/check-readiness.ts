import { database } from "@/lib/db";
import { pendingMigrations } from "@/lib/migrations/apply-migrations";
import { redisClient } from "@/lib/redis/redis-client";

export interface ReadinessCheck {
  ok: boolean;
  detail: string;
}

export interface Readiness {
  ready: boolean;
  checks: { database: ReadinessCheck; migrations: ReadinessCheck; redis: ReadinessCheck };
}

function failure(error: unknown): ReadinessCheck {
  // Connection errors can carry host names and user names: report the kind of failure only.
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "unknown";
  return { ok: false, detail: `unreachable (${code})` };
}

export async function checkReadiness(): Promise<Readiness> {
  const db = database();
  let databaseCheck: ReadinessCheck;
  let migrations: ReadinessCheck;
  try {
    await db.sql.query("SELECT 1");
    databaseCheck = { ok: true, detail: db.kind };
    const pending = await pendingMigrations(db.sql);
    migrations = pending.length === 0 ? { ok: true, detail: "up to date" } : { ok: false, detail: `${pending.length} pending` };
  } catch (error) {
    databaseCheck = failure(error);
    migrations = { ok: false, detail: "unknown: database unreachable" };
  }

  const client = redisClient();
  let redis: ReadinessCheck = { ok: true, detail: "not configured (in-process)" };
  if (client) {
    try {
      redis = (await client.ping()) === "PONG" ? { ok: true, detail: "reachable" } : { ok: false, detail: "unexpected reply" };
    } catch (error) {
      redis = failure(error);
    }
  }
  const checks = { database: databaseCheck, migrations, redis };
  return { ready: Object.values(checks).every((check) => check.ok), checks };
}
