import { describe, expect, it } from "vitest";
import { database } from "@/lib/db";
import { checkReadiness } from "@/lib/health/check-readiness";
import { readMigrations } from "@/lib/migrations/apply-migrations";

describe("readiness", () => {
  it("is ready on a reachable, migrated database without Redis", async () => {
    const readiness = await checkReadiness();
    expect(readiness.ready).toBe(true);
    expect(readiness.checks.migrations).toEqual({ ok: true, detail: "up to date" });
    expect(readiness.checks.redis.detail).toBe("not configured (in-process)");
  });

  it("is not ready when a migration is missing from the database", async () => {
    await database().sql.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now()`);
    const readiness = await checkReadiness();
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.migrations).toEqual({ ok: false, detail: `${readMigrations().length} pending` });
  });
});
