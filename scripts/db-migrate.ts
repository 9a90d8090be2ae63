/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
import { closeDatabase, database } from "@/lib/db";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

const db = database();
const applied = await applyMigrations(db.sql);
console.log(applied.length ? `Applied ${applied.join(", ")} to the ${db.kind} database` : `The ${db.kind} database is up to date`);
await closeDatabase();
