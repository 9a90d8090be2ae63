/**
 * End-to-end tests: build the production server, start it on a fresh database (a clean PostgreSQL
 * database when TEST_DATABASE_URL is set, else a throwaway embedded one) and drive the system Chromium.
 */
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const chromium = CHROMIUM_CANDIDATES.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
if (!chromium) {
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}

const PORT = Number(process.env.E2E_PORT ?? 3211);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Two shared cores: argon2 hashing and a cold route can take a few seconds on first use.
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Specs find elements by their English text: the browser asks for English unless a test says otherwise.
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npx tsx tests/e2e/support/prepare-database.ts && npx next build && npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      DEMO_DATA: "on",
      // Every spec signs in from 127.0.0.1, many as the demo user: the production limits would lock the suite out.
      LOGIN_ATTEMPTS_PER_IP: "10000",
      LOGIN_ATTEMPTS_PER_EMAIL: "10000",
      // The password-reset e2e test reads its mail from /dev/outbox, also on the production build against PostgreSQL.
      MAIL_OUTBOX: "on",
      // The webhooks e2e test delivers to a receiver on 127.0.0.1; real servers refuse private targets.
      WEBHOOK_ALLOW_PRIVATE: "on",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      APP_URL: `http://127.0.0.1:${PORT}`,
      ...(process.env.TEST_DATABASE_URL
        ? { DATABASE_URL: e2eDatabaseUrl(process.env.TEST_DATABASE_URL), NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e", TOKEN_ENCRYPTION_KEY: `e2e:${Buffer.alloc(32, 9).toString("base64")}` }
        : { PGLITE_DATA_DIR: ".data/e2e-pglite" }),
    },
  },
});

function e2eDatabaseUrl(server: string): string {
  const url = new URL(server);
  url.pathname = "/fathom_e2e";
  return url.toString();
}
