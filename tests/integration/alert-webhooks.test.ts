import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { deliverAlertWebhooks } from "@/lib/webhooks/deliver-alert-webhooks";
import { verifyWebhookSignature } from "@/lib/webhooks/sign-webhook";
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookEndpoints } from "@/lib/webhooks/webhook-endpoints";
import type { BudgetAlert } from "@/lib/alerts/budget-alert";
import { createUser } from "../helpers/factories";

interface Received { path: string; headers: IncomingHttpHeaders; body: string }
const received: Received[] = [];
/** Per path: statuses to answer in order, then 200. */
const script = new Map<string, number[]>();
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  req.on("end", () => {
    received.push({ path: req.url ?? "", headers: req.headers, body });
    const status = script.get(req.url ?? "")?.shift() ?? 200;
    res.writeHead(status).end();
  });
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function alertFor(userId: string, id: string): BudgetAlert {
  return { id, userId, kind: "budget_threshold", budgetId: "01900000-0000-7000-8000-000000000001", threshold: 80, periodStart: "2026-06-01", title: "Dining budget at 80%", message: "m", createdAt: "2026-06-10T12:00:00.000Z" };
}

describe("alert webhooks", () => {
  it("POST signed alerts, retry with backoff after a 500, and only to the alert's own user", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const aliceHook = await createWebhookEndpoint(alice.id, { url: `${base}/alice` });
    await createWebhookEndpoint(bob.id, { url: `${base}/bob` });
    const stored = await prisma().webhookEndpoint.findUniqueOrThrow({ where: { id: aliceHook.id } });
    expect(stored.secretEnc).not.toContain(aliceHook.secret);
    expect(JSON.stringify(await listWebhookEndpoints(alice.id))).not.toContain(aliceHook.secret);

    script.set("/alice", [500, 503]);
    const started = Date.now();
    const results = await deliverAlertWebhooks([alertFor(alice.id, "01900000-0000-7000-8000-00000000000a")], { baseDelayMs: 50 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(results).toEqual([{ endpointId: aliceHook.id, alertId: "01900000-0000-7000-8000-00000000000a", ok: true, attempts: 3, status: 200 }]);
    const deliveries = received.filter((r) => r.path === "/alice");
    expect(deliveries).toHaveLength(3);
    expect(received.filter((r) => r.path === "/bob")).toEqual([]);
    const last = deliveries[2]!;
    expect(JSON.parse(last.body)).toMatchObject({ type: "alert.created", alert: { id: "01900000-0000-7000-8000-00000000000a", title: "Dining budget at 80%" } });
    const header = { signature: String(last.headers["fathom-signature"]), timestamp: String(last.headers["fathom-timestamp"]) };
    expect(verifyWebhookSignature(aliceHook.secret, header, last.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhookSignature("whsec_wrong", header, last.body, Math.floor(Date.now() / 1000))).toBe(false);
  });

  it("gives up on a refusing receiver without retrying a 4xx", async () => {
    const user = await createUser();
    const hook = await createWebhookEndpoint(user.id, { url: `${base}/gone` });
    script.set("/gone", [410]);
    const results = await deliverAlertWebhooks([alertFor(user.id, "01900000-0000-7000-8000-00000000000b")], { baseDelayMs: 10 });
    expect(results).toEqual([{ endpointId: hook.id, alertId: "01900000-0000-7000-8000-00000000000b", ok: false, attempts: 1, status: 410 }]);
    expect(received.filter((r) => r.path === "/gone")).toHaveLength(1);
  });

  it("refuses a bad URL with 422 and another user's endpoint with 404", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    expect(toErrorResponse(await createWebhookEndpoint(alice.id, { url: "ftp://example.com/x" }).catch((e: unknown) => e))).toMatchObject({
      status: 422, body: { error: { message: "url: must start with http:// or https://" } },
    });
    expect(toErrorResponse(await createWebhookEndpoint(alice.id, { url: "not a url" }).catch((e: unknown) => e))).toMatchObject({ status: 422 });
    const hook = await createWebhookEndpoint(alice.id, { url: `${base}/a` });
    expect(toErrorResponse(await deleteWebhookEndpoint(bob.id, hook.id).catch((e: unknown) => e))).toMatchObject({ status: 404 });
    expect(await listWebhookEndpoints(bob.id)).toEqual([]);
    expect((await listWebhookEndpoints(alice.id)).map((w) => w.id)).toEqual([hook.id]);
  });
});
