/**
 * Gives each integration test file its own clean, migrated database: a clone of the template on
 * PostgreSQL, or an in-memory PGlite. lib/db picks it up through the environment like the app does.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeDatabase, database } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { resetInMemoryRateLimits } from "@/lib/rate-limit";
import { databaseUrl, TEMPLATE_DATABASE, testServerUrl } from "./test-database-url";

const server = testServerUrl();
const name = `fathom_test_${randomBytes(6).toString("hex")}`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!server) throw new Error("no test server");
  const client = new pg.Client({ connectionString: databaseUrl(server, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  delete process.env.UPSTASH_REDIS_REST_URL;
  delete process.env.UPSTASH_REDIS_REST_TOKEN;
  if (server) {
    await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
    process.env.DATABASE_URL = databaseUrl(server, name);
  } else {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = "memory://";
  }
  resetEnvCache();
  resetInMemoryRateLimits();
  if (!server) await applyMigrations(database().sql);
});

afterAll(async () => {
  await closeDatabase();
  if (server) await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
});
