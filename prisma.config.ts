// Prisma CLI configuration. The CLI is tooling, not the app: the app reads configuration only through lib/env.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
