import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlertStreamResponse } from "@/lib/alerts/create-alert-stream";
import { markAlertsRead } from "@/lib/alerts/list-alerts";
import { evaluateBudgetAlerts, publishAlerts } from "@/lib/budgets/evaluate-budget-alerts";
import { createBudget } from "@/lib/budgets/save-budget";
import { prisma } from "@/lib/db";
import { createMemoryEventBus, createUpstashEventBus, type EventBus } from "@/lib/redis/event-bus";
import { startUpstashTestRedis } from "@/tests/helpers/upstash-bridge";
import { createManualAccount, createUser } from "../helpers/factories";

const NOW = new Date("2026-06-10T12:00:00Z");
const TODAY = "2026-06-10";

interface Frame { event: string; id?: string; data: unknown }

/** Reads an SSE response the way EventSource does, collecting frames (comments kept as "comment"). */
function readFrames(response: Response) {
  const frames: Frame[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const done = (async () => {
    for (;;) {
      const { value, done: finished } = await reader.read();
      if (finished) return;
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        if (block.startsWith(":")) frames.push({ event: "comment", data: block });
        else if (!block.startsWith("retry:")) {
          const fields = Object.fromEntries(block.split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]));
          frames.push({ event: fields.event ?? "message", id: fields.id, data: JSON.parse(fields.data ?? "null") });
        }
      }
    }
  })();
  return { frames, done };
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function userWithBudget(name: string) {
  const user = await createUser(name);
  const account = await createManualAccount(user.id);
  const dining = await prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: "food_and_dining" } });
  const budget = await createBudget(user.id, { name: "Dining", scope: "category", categoryIds: [dining.id], period: "monthly", amount: 10_000 }, { now: NOW });
  return { id: user.id, account, categoryId: dining.id, budgetId: budget.id };
}

async function breach(user: Awaited<ReturnType<typeof userWithBudget>>, amount: number, bus: EventBus) {
  const alerts = await prisma().$transaction(async (tx) => {
    await tx.transaction.create({
      data: { userId: user.id, accountId: user.account, source: "manual", amount: BigInt(amount), currency: "USD", date: new Date(`${TODAY}T00:00:00Z`), description: "DINNER", categoryId: user.categoryId },
    });
    return evaluateBudgetAlerts(tx, { userId: user.id, dates: [TODAY], today: TODAY });
  });
  await publishAlerts(alerts, { bus, webhooks: false });
  return alerts;
}

let bridge: Awaited<ReturnType<typeof startUpstashTestRedis>>;
let redis: Redis;
beforeAll(async () => {
  bridge = await startUpstashTestRedis();
  redis = new Redis({ url: bridge.url, token: bridge.token, automaticDeserialization: false, retry: false });
});
afterAll(async () => {
  await bridge?.close();
});

describe.each([
  { name: "in-process", bus: (): EventBus => createMemoryEventBus() },
  { name: "Upstash through the bridge", bus: (): EventBus => createUpstashEventBus(redis) },
])("alert stream ($name)", ({ bus: makeBus }) => {
  it("delivers a user's alert to that user's streams only, and unsubscribes on abort", async () => {
    const bus = makeBus();
    const alice = await userWithBudget("Alice");
    const bob = await userWithBudget("Bob");
    const aliceAbort = new AbortController();
    const bobAbort = new AbortController();
    const aliceResponse = createAlertStreamResponse({ userId: alice.id, signal: aliceAbort.signal, bus, heartbeatMs: 50 });
    expect(aliceResponse.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const aliceTab = readFrames(aliceResponse);
    const bobTab = readFrames(createAlertStreamResponse({ userId: bob.id, signal: bobAbort.signal, bus, heartbeatMs: 50 }));
    await until(() => aliceTab.frames.some((f) => f.event === "ready") && bobTab.frames.some((f) => f.event === "ready"));
    expect(aliceTab.frames.find((f) => f.event === "ready")?.data).toEqual({ unread: 0 });

    const alerts = await breach(alice, -9_000, bus);
    expect(alerts.map((a) => a.threshold)).toEqual([80]);
    await until(() => aliceTab.frames.some((f) => f.event === "alert"));
    await until(() => aliceTab.frames.some((f) => f.event === "comment"));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const aliceAlerts = aliceTab.frames.filter((f) => f.event === "alert");
    expect(aliceAlerts).toHaveLength(1);
    expect(aliceAlerts[0]).toMatchObject({ id: alerts[0]?.id, data: { id: alerts[0]?.id, title: "Dining budget at 80%", budgetId: alice.budgetId } });
    expect(bobTab.frames.filter((f) => f.event === "alert")).toEqual([]);

    aliceAbort.abort();
    bobAbort.abort();
    await aliceTab.done;
    await bobTab.done;
    // After abort nothing is subscribed: a publish reaches nobody.
    const later = await breach(alice, -2_000, bus);
    expect(later.map((a) => a.threshold)).toEqual([100]);
    expect(await bus.publish(`fathom:user:${alice.id}`, "{}")).toBe(0);
  });

  it("replays alerts missed since Last-Event-ID and reports the unread count", async () => {
    const bus = makeBus();
    const carol = await userWithBudget("Carol");
    const [first] = await breach(carol, -8_000, bus);
    const [second] = await breach(carol, -2_000, bus);
    await markAlertsRead(carol.id, { ids: [first!.id] });
    const abort = new AbortController();
    const tab = readFrames(createAlertStreamResponse({ userId: carol.id, signal: abort.signal, bus, lastEventId: first!.id }));
    await until(() => tab.frames.some((f) => f.event === "ready"));
    expect(tab.frames.map((f) => [f.event, f.id])).toEqual([["alert", second!.id], ["ready", undefined]]);
    expect(tab.frames[1]?.data).toEqual({ unread: 1 });
    abort.abort();
    await tab.done;
  });
});
