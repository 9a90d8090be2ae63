import { createHash, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/cron/sync/route";
import { prisma } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { createUser } from "../helpers/factories";

const CURRENT = "sig_current_key_for_tests_0123456789";
const NEXT = "sig_next_key_for_tests_9876543210abc";
const URL = "http://localhost:3000/api/cron/sync";

beforeAll(() => {
  process.env.APP_URL = "http://localhost:3000";
  process.env.QSTASH_CURRENT_SIGNING_KEY = CURRENT;
  process.env.QSTASH_NEXT_SIGNING_KEY = NEXT;
  resetEnvCache();
});

async function sign(body: string, options: { key?: string; url?: string; expiresIn?: number; bodyFor?: string } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const bodyHash = createHash("sha256").update(options.bodyFor ?? body).digest("base64url");
  return new SignJWT({ body: bodyHash })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer("Upstash")
    .setSubject(options.url ?? URL)
    .setIssuedAt(now - 10)
    .setNotBefore(now - 10)
    .setExpirationTime(now + (options.expiresIn ?? 300))
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(options.key ?? CURRENT));
}

async function call(body: string, signature: string | null): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature) headers["upstash-signature"] = signature;
  return POST(new NextRequest(URL, { method: "POST", body, headers }), { params: Promise.resolve({}) });
}

describe("POST /api/cron/sync", () => {
  it("refuses unsigned, forged, expired, other-URL and body-tampered requests with 401", async () => {
    const body = "{}";
    const cases: Array<[string, string | null]> = [
      ["unsigned", null],
      ["forged", await sign(body, { key: "not-the-signing-key-at-all-000000" })],
      ["expired", await sign(body, { expiresIn: -60 })],
      ["other url", await sign(body, { url: "http://localhost:3000/api/cron/other" })],
      ["tampered body", await sign(body, { bodyFor: '{"x":1}' })],
    ];
    for (const [, signature] of cases) {
      const response = await call(body, signature);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: "The request is not signed by the scheduler" } });
    }
  });

  it("accepts a valid signature (current or next key) and syncs only active connections that are due", async () => {
    const user = await createUser();
    const due = await prisma().bankConnection.create({ data: { userId: user.id, provider: "bank-a", institutionName: "Due", status: "active", nextSyncAt: new Date(Date.now() - 60_000) } });
    const later = await prisma().bankConnection.create({ data: { userId: user.id, provider: "bank-a", institutionName: "Later", status: "active", nextSyncAt: new Date(Date.now() + 3_600_000) } });
    const broken = await prisma().bankConnection.create({ data: { userId: user.id, provider: "bank-a", institutionName: "Reauth", status: "reauth_required", nextSyncAt: new Date(Date.now() - 60_000) } });
    const response = await call("", await sign(""));
    expect(response.status).toBe(200);
    const result = (await response.json()) as { due: number; succeeded: number; failed: number; busy: number };
    expect(result.due).toBe(1);
    expect(result.succeeded + result.failed).toBe(1);
    expect(await prisma().syncRun.count({ where: { connectionId: due.id } })).toBe(1);
    expect(await prisma().syncRun.count({ where: { connectionId: { in: [later.id, broken.id] } } })).toBe(0);
    // This connection has no bank authorization stored, so its run fails in plain words and waits for re-linking.
    const run = await prisma().syncRun.findFirstOrThrow({ where: { connectionId: due.id } });
    expect([run.trigger, run.status]).toEqual(["schedule", "failed"]);
    expect((await call("", await sign("", { key: NEXT }))).status).toBe(200);
  });
});
