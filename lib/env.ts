/**
 * The only reader of process.env. Every setting is parsed once by zod; a missing or malformed
 * production setting stops start-up with a message that names the variable.
 * Server-only: nothing here may be imported by a client component.
 */
import { z } from "zod";

const base64Key32 = z
  .string()
  .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes encoded as base64 (openssl rand -base64 32)");

const optionalUrl = z.preprocess((value) => (value === "" ? undefined : value), z.string().url().optional());
const optionalString = z.preprocess((value) => (value === "" ? undefined : value), z.string().min(1).optional());

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** postgres://… uses node-postgres; unset runs the embedded PGlite database. */
    DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), "must start with postgres://"),
    /** Where embedded PGlite keeps its files; "memory://" for a throwaway database. */
    PGLITE_DATA_DIR: z.string().default(".data/pglite"),
    /** The app's public origin, used for OAuth redirect URIs and QStash signature checks. */
    APP_URL: z.string().url().default("http://localhost:3000"),
    NEXTAUTH_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, "must be at least 32 characters"),
    /** Current token-encryption key: "<keyId>:<base64 32 bytes>". Older keys for decryption only in TOKEN_KEYS_PREVIOUS. */
    TOKEN_ENCRYPTION_KEY: optionalString.refine(
      (v) => v === undefined || (/^[A-Za-z0-9_-]{1,32}:/.test(v) && base64Key32.safeParse(v.slice(v.indexOf(":") + 1)).success),
      'must be "<keyId>:<32 bytes as base64>"',
    ),
    TOKEN_KEYS_PREVIOUS: z.string().default(""),
    UPSTASH_REDIS_REST_URL: optionalUrl,
    UPSTASH_REDIS_REST_TOKEN: optionalString,
    QSTASH_TOKEN: optionalString,
    QSTASH_CURRENT_SIGNING_KEY: optionalString,
    QSTASH_NEXT_SIGNING_KEY: optionalString,
    /** Exchange-rate provider returning { base, date, rates: { CODE: rate } }; unset: bundled reference and manual rates only. */
    EXCHANGE_RATES_URL: optionalUrl,
    /** Seed the demo user and data on start-up (embedded default: on). */
    DEMO_DATA: z.enum(["on", "off"]).optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    /** Sign-in attempts allowed per 15 minutes from one address and for one e-mail. */
    LOGIN_ATTEMPTS_PER_IP: z.coerce.number().int().positive().default(20),
    LOGIN_ATTEMPTS_PER_EMAIL: z.coerce.number().int().positive().default(5),
    /** Default mock-bank fault injection, JSON: {"bank-a": {"errorRate": 0.1}, ...}; checked by lib/banks/mock-server. */
    MOCK_BANK_FAULTS: z.string().default(""),
    /** smtp://user:pass@host:587 or smtps://…; unset: mail goes to the development outbox (lib/mail). */
    SMTP_URL: optionalString.refine((v) => v === undefined || /^smtps?:\/\//.test(v), "must start with smtp:// or smtps://"),
    MAIL_FROM: z.string().min(3).default("Fathom <no-reply@fathom.local>"),
    /** Force the /dev/outbox page on or off; default on outside production and for the embedded database. */
    MAIL_OUTBOX: z.enum(["on", "off"]).optional(),
    /** "on" lets webhooks reach private, loopback and link-local addresses: local test receivers only, never a deployment. */
    WEBHOOK_ALLOW_PRIVATE: z.enum(["on", "off"]).default("off"),
  })
  .superRefine((env, ctx) => {
    // A deployed server (production build against a real database) must be configured explicitly.
    // The embedded mode is a local single-process demo and runs on development defaults.
    if (env.NODE_ENV !== "production" || env.DATABASE_URL === undefined) return;
    for (const name of ["NEXTAUTH_SECRET", "TOKEN_ENCRYPTION_KEY"] as const) {
      if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required in production" });
    }
    if (Boolean(env.UPSTASH_REDIS_REST_URL) !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
      ctx.addIssue({ code: "custom", path: ["UPSTASH_REDIS_REST_TOKEN"], message: "UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN go together" });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Parses an environment; exported so the rules can be tested without touching process.env. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests change the environment between files; this forgets the parsed copy. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** Next's own variable, set when code runs inside the Node.js server runtime. */
export function isNodeServerRuntime(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

export function isEmbeddedDatabase(): boolean {
  return env().DATABASE_URL === undefined;
}

/** Demo data is on by default only for the embedded database outside tests. */
export function wantsDemoData(): boolean {
  const { DEMO_DATA, NODE_ENV } = env();
  if (DEMO_DATA) return DEMO_DATA === "on";
  return isEmbeddedDatabase() && NODE_ENV !== "test";
}

const DEV_AUTH_SECRET = "fathom-development-secret-not-for-production-use";
// A fixed development key keeps embedded tokens readable across restarts; production must set its own.
const DEV_TOKEN_KEY = `dev:${Buffer.alloc(32, 7).toString("base64")}`;

/** The outbox shows every user's mail: only in development, the embedded demo, or when forced for tests. */
export function mailOutboxEnabled(): boolean {
  const { MAIL_OUTBOX, NODE_ENV } = env();
  if (MAIL_OUTBOX) return MAIL_OUTBOX === "on";
  return NODE_ENV !== "production" || isEmbeddedDatabase();
}

/** Off by default: a webhook URL may not point into the server's own network (SSRF). Tests turn it on for their local receivers. */
export function webhookPrivateTargetsAllowed(): boolean {
  return env().WEBHOOK_ALLOW_PRIVATE === "on";
}

export function authSecret(): string {
  return env().NEXTAUTH_SECRET ?? DEV_AUTH_SECRET;
}

export function tokenEncryptionKeys(): { current: string; previous: string[] } {
  const { TOKEN_ENCRYPTION_KEY, TOKEN_KEYS_PREVIOUS } = env();
  return {
    current: TOKEN_ENCRYPTION_KEY ?? DEV_TOKEN_KEY,
    previous: TOKEN_KEYS_PREVIOUS.split(",").map((key) => key.trim()).filter(Boolean),
  };
}
