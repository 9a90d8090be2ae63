/** Starts every end-to-end run from an empty database: a recreated, migrated PostgreSQL database or a fresh embedded one. */
import { rmSync } from "node:fs";
import pg from "pg";
import { openDatabase } from "@/lib/db";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { databaseUrl, testServerUrl } from "../../helpers/test-database-url";

const server = testServerUrl();
if (server) {
  const admin = new pg.Client({ connectionString: databaseUrl(server, "postgres") });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS fathom_e2e WITH (FORCE)");
  await admin.query("CREATE DATABASE fathom_e2e");
  await admin.end();
  const db = openDatabase({ url: databaseUrl(server, "fathom_e2e") });
  await applyMigrations(db.sql);
  await db.close();
} else {
  rmSync(".data/e2e-pglite", { recursive: true, force: true });
}
