/**
 * `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that brings the existing migrations up to prisma/schema.prisma. Works offline.
 * (Online, `prisma migrate dev --name <name>` does the same.)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "@/lib/migrations/apply-migrations";
import { diffSql, MIGRATION_LOCK, migrationsTarget, schemaTarget } from "@/lib/migrations/schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(2);
}
const sql = await diffSql(migrationsTarget(), schemaTarget());
if (!sql) {
  console.log("prisma/schema.prisma and the migrations already agree: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), MIGRATION_LOCK);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
