import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const KEY = `k1:${Buffer.alloc(32, 1).toString("base64")}`;
const SECRET = "x".repeat(40);

describe("configuration", () => {
  it("runs the embedded mode on defaults", () => {
    const env = parseEnv({ NODE_ENV: "production" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
  });

  it("names the variable when a production setting is missing or malformed", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/fathom", TOKEN_ENCRYPTION_KEY: KEY })).toThrow(
      "Invalid configuration: NEXTAUTH_SECRET is required in production",
    );
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/fathom", NEXTAUTH_SECRET: SECRET, TOKEN_ENCRYPTION_KEY: `k1:${Buffer.alloc(16).toString("base64")}` })).toThrow(
      /TOKEN_ENCRYPTION_KEY must be "<keyId>:<32 bytes as base64>"/,
    );
    expect(() => parseEnv({ DATABASE_URL: "mysql://db" })).toThrow(/DATABASE_URL must start with postgres:\/\//);
    expect(() => parseEnv({ UPSTASH_REDIS_REST_URL: "not a url" })).toThrow(/UPSTASH_REDIS_REST_URL/);
  });

  it("accepts a complete production configuration", () => {
    const env = parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/fathom", NEXTAUTH_SECRET: SECRET, TOKEN_ENCRYPTION_KEY: KEY });
    expect(env.TOKEN_ENCRYPTION_KEY).toBe(KEY);
  });
});
