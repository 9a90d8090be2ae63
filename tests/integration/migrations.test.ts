import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { EMBEDDED_EXTENSIONS } from "@/lib/embedded-extensions";
import { applyMigrations, pendingMigrations, readMigrations, type MigrationFileEntry } from "@/lib/migrations/apply-migrations";
import { applyMigrationsWithPrismaEngine, diffSql, migrationsTarget, schemaTarget } from "@/lib/migrations/schema-engine";
import type { SqlExecutor, SqlQueryable } from "@/lib/sql";

function sqlOf(lite: PGlite): SqlExecutor {
  const wrap = (client: Pick<PGlite, "query" | "exec">): SqlQueryable => ({
    query: async (text, params) => ({ rows: (await client.query(text, params)).rows as never[] }),
    exec: async (script) => {
      await client.exec(script);
    },
  });
  return { ...wrap(lite), transaction: (work) => lite.transaction((tx) => work(wrap(tx))) };
}

function migrationsDir(entries: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fathom-migrations-"));
  for (const [name, sql] of Object.entries(entries)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

// Each case boots Prisma's WASM schema engine and PGlite shadow databases: seconds each on 2 cores.
describe("migrations", { timeout: 180_000 }, () => {
  it("agree with prisma/schema.prisma (add a migration with npm run db:new-migration when this fails)", async () => {
    expect(await diffSql(migrationsTarget(), schemaTarget())).toBe("");
  });

  it("notices when the schema moves ahead of the migrations", async () => {
    const schema = (await import("node:fs")).readFileSync("prisma/schema.prisma", "utf8");
    const drifted = schema.replace("model User {", "model User {\n  nickname String?");
    expect(await diffSql(migrationsTarget(), schemaTarget(drifted))).toContain('ADD COLUMN     "nickname" TEXT');
  });

  it("keeps the same _prisma_migrations bookkeeping as Prisma's own engine", async () => {
    const ours = new PGlite({ extensions: EMBEDDED_EXTENSIONS });
    expect(await applyMigrations(sqlOf(ours))).toEqual(readMigrations().map((m) => m.name));
    // Prisma's migrate-deploy logic finds nothing left to apply on a database we migrated…
    expect(await applyMigrationsWithPrismaEngine(ours)).toEqual([]);

    // …and we find nothing pending on a database Prisma migrated.
    const theirs = new PGlite({ extensions: EMBEDDED_EXTENSIONS });
    expect(await applyMigrationsWithPrismaEngine(theirs)).toEqual(readMigrations().map((m) => m.name));
    expect(await pendingMigrations(sqlOf(theirs))).toEqual([]);
    const rows = await theirs.query<{ checksum: string }>(`SELECT checksum FROM "_prisma_migrations"`);
    expect(rows.rows.map((row) => row.checksum)).toEqual(readMigrations().map((m) => m.checksum));
  });

  it("applies each migration once and refuses an applied migration that was edited", async () => {
    const lite = new PGlite();
    const dir = migrationsDir({ "20260101000000_a": "CREATE TABLE a (id int);", "20260102000000_b": "CREATE TABLE b (id int);" });
    expect(await applyMigrations(sqlOf(lite), readMigrations(dir))).toEqual(["20260101000000_a", "20260102000000_b"]);
    expect(await applyMigrations(sqlOf(lite), readMigrations(dir))).toEqual([]);
    const edited: MigrationFileEntry[] = readMigrations(dir).map((m) => (m.name.endsWith("_a") ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(sqlOf(lite), edited)).rejects.toThrow(/20260101000000_a was edited/);
  });

  it("leaves nothing half-applied when a migration fails", async () => {
    const lite = new PGlite();
    const dir = migrationsDir({ "20260101000000_ok": "CREATE TABLE ok (id int);", "20260102000000_bad": "CREATE TABLE half (id int); SELECT no_such_function();" });
    await expect(applyMigrations(sqlOf(lite), readMigrations(dir))).rejects.toThrow(/20260102000000_bad failed and was rolled back/);
    const tables = await lite.query<{ name: string | null }>(`SELECT to_regclass('ok')::text AS name UNION ALL SELECT to_regclass('half')::text`);
    expect(tables.rows.map((row) => row.name)).toEqual([null, null]);
  });
});
