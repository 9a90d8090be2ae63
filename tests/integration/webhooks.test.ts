import type { LookupAddress } from "node:dns";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BudgetAlert } from "@/lib/alerts/budget-alert";
import { prisma } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { toErrorResponse } from "@/lib/errors";
import { deliverAlertWebhooks } from "@/lib/webhooks/deliver-alert-webhooks";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { verifyWebhookSignature } from "@/lib/webhooks/sign-webhook";
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookEndpoints } from "@/lib/webhooks/webhook-endpoints";
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
let port = 0;

/** The receiver listens on loopback: the documented escape hatch lets these tests reach it. */
function allowPrivate(on: boolean): void {
  process.env.WEBHOOK_ALLOW_PRIVATE = on ? "on" : "off";
  resetEnvCache();
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
beforeEach(() => allowPrivate(true));
afterAll(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  resetEnvCache();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function alertFor(userId: string, id: string): BudgetAlert {
  return { id, userId, kind: "budget_threshold", budgetId: "01900000-0000-7000-8000-000000000001", threshold: 80, periodStart: "2026-06-01", title: "Dining budget at 80%", message: "m", createdAt: "2026-06-10T12:00:00.000Z" };
}

async function refusal(promise: Promise<unknown>) {
  return toErrorResponse(await promise.then(() => new Error("expected a refusal"), (error: unknown) => error));
}

describe("alert webhooks", () => {
  it("POST signed alerts, retry with backoff after a 500, only to the alert's own user, and record the delivery", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const aliceHook = await createWebhookEndpoint(alice.id, { url: `${base}/alice` });
    await createWebhookEndpoint(bob.id, { url: `${base}/bob` });
    expect(aliceHook.events).toEqual(["alert.created"]);
    const stored = await prisma().webhookEndpoint.findUniqueOrThrow({ where: { id: aliceHook.id } });
    expect(stored.secretEnc).not.toContain(aliceHook.secret);
    expect(JSON.stringify(await listWebhookEndpoints(alice.id))).not.toContain(aliceHook.secret);

    script.set("/alice", [500, 503]);
    const started = Date.now();
    const results = await deliverAlertWebhooks([alertFor(alice.id, "01900000-0000-7000-8000-00000000000a")], { baseDelayMs: 50 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(results).toEqual([{ endpointId: aliceHook.id, alertId: "01900000-0000-7000-8000-00000000000a", ok: true, attempts: 3, status: 200, error: null }]);
    const deliveries = received.filter((r) => r.path === "/alice");
    expect(deliveries).toHaveLength(3);
    expect(received.filter((r) => r.path === "/bob")).toEqual([]);
    const last = deliveries[2]!;
    expect(JSON.parse(last.body)).toMatchObject({ type: "alert.created", alert: { id: "01900000-0000-7000-8000-00000000000a", title: "Dining budget at 80%" } });
    const header = { signature: String(last.headers["fathom-signature"]), timestamp: String(last.headers["fathom-timestamp"]) };
    expect(verifyWebhookSignature(aliceHook.secret, header, last.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhookSignature("whsec_wrong", header, last.body, Math.floor(Date.now() / 1000))).toBe(false);

    const recorded = await listWebhookDeliveries(alice.id);
    expect(recorded.map((d) => [d.url, d.event, d.subjectId, d.ok, d.status, d.attempts, d.error])).toEqual([
      [`${base}/alice`, "alert.created", "01900000-0000-7000-8000-00000000000a", true, 200, 3, null],
    ]);
    expect(await listWebhookDeliveries(bob.id)).toEqual([]);
  });

  it("gives up on a refusing receiver without retrying a 4xx", async () => {
    const user = await createUser();
    const hook = await createWebhookEndpoint(user.id, { url: `${base}/gone` });
    script.set("/gone", [410]);
    const results = await deliverAlertWebhooks([alertFor(user.id, "01900000-0000-7000-8000-00000000000b")], { baseDelayMs: 10 });
    expect(results).toEqual([{ endpointId: hook.id, alertId: "01900000-0000-7000-8000-00000000000b", ok: false, attempts: 1, status: 410, error: null }]);
    expect(received.filter((r) => r.path === "/gone")).toHaveLength(1);
    expect((await listWebhookDeliveries(user.id)).map((d) => [d.ok, d.status])).toEqual([[false, 410]]);
  });

  it("send a signed test event on demand, recorded; another user's endpoint is not found", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const hook = await createWebhookEndpoint(alice.id, { url: `${base}/test-me` });
    expect(await sendTestWebhook(alice.id, hook.id)).toEqual({ endpointId: hook.id, ok: true, attempts: 1, status: 200, error: null });
    const delivery = received.filter((r) => r.path === "/test-me");
    expect(delivery).toHaveLength(1);
    expect(JSON.parse(delivery[0]!.body)).toMatchObject({ type: "webhook.test" });
    const header = { signature: String(delivery[0]!.headers["fathom-signature"]), timestamp: String(delivery[0]!.headers["fathom-timestamp"]) };
    expect(verifyWebhookSignature(hook.secret, header, delivery[0]!.body, Math.floor(Date.now() / 1000))).toBe(true);

    script.set("/test-me", [503]);
    expect(await sendTestWebhook(alice.id, hook.id)).toMatchObject({ ok: false, attempts: 1, status: 503 });
    expect((await listWebhookDeliveries(alice.id)).map((d) => [d.event, d.ok, d.status])).toEqual([["webhook.test", false, 503], ["webhook.test", true, 200]]);

    expect(await refusal(sendTestWebhook(bob.id, hook.id))).toMatchObject({ status: 404 });
    expect(received.filter((r) => r.path === "/test-me")).toHaveLength(2);
  });

  it("refuses a bad URL or events with 422 naming the field, and another user's endpoint with 404", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    expect(await refusal(createWebhookEndpoint(alice.id, { url: "ftp://example.com/x" }))).toMatchObject({
      status: 422, body: { error: { message: "url: must start with http:// or https://" } },
    });
    expect(await refusal(createWebhookEndpoint(alice.id, { url: "not a url" }))).toMatchObject({ status: 422 });
    expect(await refusal(createWebhookEndpoint(alice.id, { url: "https://user:pw@93.184.215.14/x" }))).toMatchObject({
      status: 422, body: { error: { message: "url: must not contain a user name or password" } },
    });
    expect(await refusal(createWebhookEndpoint(alice.id, { url: `${base}/a`, events: [] }))).toMatchObject({ status: 422, body: { error: { message: "events: choose at least one event" } } });
    expect(await refusal(createWebhookEndpoint(alice.id, { url: `${base}/a`, events: ["everything"] }))).toMatchObject({ status: 422, body: { error: { message: expect.stringMatching(/^events\.0: must be one of alert\.created/) } } });
    const hook = await createWebhookEndpoint(alice.id, { url: `${base}/a` });
    expect(await refusal(deleteWebhookEndpoint(bob.id, hook.id))).toMatchObject({ status: 404 });
    expect(await listWebhookEndpoints(bob.id)).toEqual([]);
    expect((await listWebhookEndpoints(alice.id)).map((w) => w.id)).toEqual([hook.id]);
  });
});

describe("private webhook targets (SSRF)", () => {
  let refusedUser: { id: string } | undefined;
  it.each([
    ["http://localhost:8080/hook", "url: localhost is a local host name; webhooks must go to a public internet address"],
    ["http://127.0.0.1/hook", "url: 127.0.0.1 is a loopback address; webhooks must go to a public internet address"],
    ["http://10.0.0.5/hook", "url: 10.0.0.5 is a private network address; webhooks must go to a public internet address"],
    ["http://172.20.1.1/hook", "url: 172.20.1.1 is a private network address; webhooks must go to a public internet address"],
    ["http://192.168.0.1/hook", "url: 192.168.0.1 is a private network address; webhooks must go to a public internet address"],
    ["http://169.254.169.254/latest/meta-data", "url: 169.254.169.254 is a link-local address; webhooks must go to a public internet address"],
    ["http://100.64.0.1/hook", "url: 100.64.0.1 is a carrier-grade NAT address; webhooks must go to a public internet address"],
    ["http://[::1]/hook", "url: [::1] is a loopback address; webhooks must go to a public internet address"],
    ["http://[fd00::1]/hook", "url: [fd00::1] is a private network address; webhooks must go to a public internet address"],
    ["http://[fe80::1]/hook", "url: [fe80::1] is a link-local address; webhooks must go to a public internet address"],
    ["http://[::ffff:127.0.0.1]/hook", "url: [::ffff:7f00:1] is a loopback address; webhooks must go to a public internet address"],
  ])("refuses %s with a 422 naming the problem", async (url, message) => {
    allowPrivate(false);
    const user = (refusedUser ??= await createUser("Refused"));
    expect(await refusal(createWebhookEndpoint(user.id, { url }))).toEqual({ status: 422, body: { error: { code: "validation", message } }, expected: true });
    expect(await listWebhookEndpoints(user.id)).toEqual([]);
  });

  it("refuses a name that resolves to a private address, and accepts a public one", async () => {
    allowPrivate(false);
    const user = await createUser();
    const dns = async (hostname: string): Promise<LookupAddress[]> =>
      hostname === "intranet.example.com" ? [{ address: "93.184.215.14", family: 4 }, { address: "10.1.2.3", family: 4 }] : [{ address: "93.184.215.14", family: 4 }];
    expect(await refusal(createWebhookEndpoint(user.id, { url: "https://intranet.example.com/hook" }, { resolve: dns }))).toMatchObject({
      status: 422, body: { error: { message: "url: intranet.example.com resolves to a private network address (10.1.2.3); webhooks must go to a public internet address" } },
    });
    const ok = await createWebhookEndpoint(user.id, { url: "https://hooks.example.com/fathom" }, { resolve: dns });
    expect(ok.url).toBe("https://hooks.example.com/fathom");
  });

  it("checks again at delivery: a name rebound to loopback after it was saved never reaches the receiver", async () => {
    allowPrivate(false);
    const user = await createUser();
    let answer = "93.184.215.14";
    const rebinding = async (): Promise<LookupAddress[]> => [{ address: answer, family: 4 }];
    const hook = await createWebhookEndpoint(user.id, { url: `http://rebind.example.com:${port}/rebound` }, { resolve: rebinding });
    answer = "127.0.0.1";
    const [result] = await deliverAlertWebhooks([alertFor(user.id, "01900000-0000-7000-8000-00000000000c")], { baseDelayMs: 10, resolve: rebinding });
    expect(result).toMatchObject({ endpointId: hook.id, ok: false, attempts: 1, status: null });
    expect(result?.error).toBe("refused: rebind.example.com resolves to a loopback address (127.0.0.1); webhooks must go to a public internet address");
    expect(received.filter((r) => r.path === "/rebound")).toEqual([]);
    expect((await listWebhookDeliveries(user.id)).map((d) => [d.ok, d.status, d.error])).toEqual([[false, null, result?.error]]);

    // The same name answering loopback with the escape hatch on is delivered: the check is what stopped it.
    allowPrivate(true);
    expect(await sendTestWebhook(user.id, hook.id, { resolve: rebinding })).toMatchObject({ ok: true, status: 200 });
    expect(received.filter((r) => r.path === "/rebound")).toHaveLength(1);
  });

  it("refuses a stored loopback IP at delivery once private targets are no longer allowed", async () => {
    const user = await createUser();
    const hook = await createWebhookEndpoint(user.id, { url: `${base}/was-allowed` });
    allowPrivate(false);
    expect(await sendTestWebhook(user.id, hook.id)).toEqual({
      endpointId: hook.id, ok: false, attempts: 1, status: null, error: "refused: 127.0.0.1 is a loopback address; webhooks must go to a public internet address",
    });
    expect(received.filter((r) => r.path === "/was-allowed")).toEqual([]);
  });
});
