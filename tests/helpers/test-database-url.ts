/**
 * Integration tests run on a real PostgreSQL when TEST_DATABASE_URL is set, else on embedded PGlite.
 * Test setup creates and drops databases, so it refuses anything but a server on this machine.
 */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

export const TEMPLATE_DATABASE = "fathom_test_template";

export function testServerUrl(): URL | null {
  const raw = process.env.TEST_DATABASE_URL;
  if (!raw) return null;
  const url = new URL(raw);
  if (!LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(`Refusing to run destructive test setup against ${url.hostname}: TEST_DATABASE_URL must point at a local server`);
  }
  return url;
}

export function databaseUrl(server: URL, name: string): string {
  const url = new URL(server.toString());
  url.pathname = `/${name}`;
  return url.toString();
}
