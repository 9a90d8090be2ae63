/** Once per run on PostgreSQL: a migrated template database that each test file clones in milliseconds. */
import pg from "pg";
import { openDatabase } from "@/lib/db";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { databaseUrl, TEMPLATE_DATABASE, testServerUrl } from "./test-database-url";

export default async function setup(): Promise<void> {
  const server = testServerUrl();
  if (!server) return;
  const admin = new pg.Client({ connectionString: databaseUrl(server, "postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const template = openDatabase({ url: databaseUrl(server, TEMPLATE_DATABASE) });
  await applyMigrations(template.sql);
  await template.close();
}
