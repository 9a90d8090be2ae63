import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createMemoryEventBus,
  createUpstashEventBus,
  publishUserEvent,
  subscribeUserEvents,
  userChannel,
  type EventBus,
  type UserEvent,
} from "@/lib/redis/event-bus";
import { startUpstashTestRedis } from "@/tests/helpers/upstash-bridge";

const holder = globalThis as typeof globalThis & { fathomRedis?: Redis | null };

let bridge: Awaited<ReturnType<typeof startUpstashTestRedis>>;
let redis: Redis;

beforeAll(async () => {
  bridge = await startUpstashTestRedis();
  redis = new Redis({ url: bridge.url, token: bridge.token, automaticDeserialization: false, retry: false });
});

afterAll(async () => {
  delete holder.fathomRedis;
  await bridge?.close();
});

async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets in-flight deliveries land before asserting that something did not arrive. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 100));

let userCounter = 0;
const freshUser = (): string => `user-${process.pid}-${(userCounter += 1)}`;

describe.each([
  { name: "in-process", bus: (): EventBus => createMemoryEventBus() },
  { name: "Upstash through the bridge", bus: (): EventBus => createUpstashEventBus(redis) },
])("user event bus ($name)", ({ bus: makeBus }) => {
  it("delivers a user's events to that user only", async () => {
    const bus = makeBus();
    const alice = freshUser();
    const bob = freshUser();
    const aliceEvents: UserEvent[] = [];
    const bobEvents: UserEvent[] = [];
    const stopAlice = await subscribeUserEvents(alice, (event) => aliceEvents.push(event), bus);
    const stopBob = await subscribeUserEvents(bob, (event) => bobEvents.push(event), bus);

    const event: UserEvent = { type: "alert.created", data: { alertId: "a1", amountMinor: 12_345, tags: ["price-rise"] } };
    expect(await publishUserEvent(alice, event, bus)).toBe(1);
    await until(() => aliceEvents.length === 1);
    await settle();
    expect(aliceEvents).toEqual([event]);
    expect(bobEvents).toEqual([]);

    expect(await publishUserEvent(bob, { type: "sync.finished" }, bus)).toBe(1);
    await until(() => bobEvents.length === 1);
    expect(bobEvents).toEqual([{ type: "sync.finished" }]);
    expect(aliceEvents).toHaveLength(1);

    await stopAlice();
    await stopBob();
  });

  it("fans one event out to every subscriber of the user, in publish order", async () => {
    const bus = makeBus();
    const user = freshUser();
    const tabA: string[] = [];
    const tabB: string[] = [];
    const stopA = await subscribeUserEvents(user, (event) => tabA.push(event.type), bus);
    const stopB = await subscribeUserEvents(user, (event) => tabB.push(event.type), bus);
    expect(await publishUserEvent(user, { type: "one" }, bus)).toBe(2);
    expect(await publishUserEvent(user, { type: "two" }, bus)).toBe(2);
    await until(() => tabA.length === 2 && tabB.length === 2);
    expect(tabA).toEqual(["one", "two"]);
    expect(tabB).toEqual(["one", "two"]);
    await stopA();
    await stopB();
  });

  it("stops delivering after unsubscribe", async () => {
    const bus = makeBus();
    const user = freshUser();
    const received: UserEvent[] = [];
    const stop = await subscribeUserEvents(user, (event) => received.push(event), bus);
    await stop();
    // The REST client closes its stream asynchronously; probe (with a payload the handler would drop)
    // until Redis counts no subscriber.
    let listening = 1;
    for (let attempt = 0; attempt < 100 && listening > 0; attempt += 1) {
      listening = await bus.publish(userChannel(user), "probe");
      if (listening > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(listening).toBe(0);
    expect(await publishUserEvent(user, { type: "after-close" }, bus)).toBe(0);
    await settle();
    expect(received).toEqual([]);
  });

  it("drops payloads that are not user events and survives a throwing handler", async () => {
    const bus = makeBus();
    const user = freshUser();
    const received: UserEvent[] = [];
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const stop = await subscribeUserEvents(
      user,
      (event) => {
        received.push(event);
        if (event.type === "explode") throw new Error("handler bug");
      },
      bus,
    );
    await bus.publish(userChannel(user), "not json");
    await bus.publish(userChannel(user), JSON.stringify({ data: "no type" }));
    await publishUserEvent(user, { type: "explode" }, bus);
    await publishUserEvent(user, { type: "after", data: "still here" }, bus);
    await until(() => received.length === 2);
    await settle();
    expect(received).toEqual([{ type: "explode" }, { type: "after", data: "still here" }]);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("user event handler failed"));
    errors.mockRestore();
    await stop();
  });
});

describe("user event bus selection", () => {
  it("goes through Redis pub/sub on the user's channel when a client is configured", async () => {
    holder.fathomRedis = redis;
    const user = freshUser();
    const received: UserEvent[] = [];
    const stop = await subscribeUserEvents(user, (event) => received.push(event));
    // A raw Redis publish on the channel reaches the subscriber, so it really is Redis underneath.
    expect(await redis.publish(`fathom:user:${user}`, JSON.stringify({ type: "from-redis" }))).toBe(1);
    expect(await publishUserEvent(user, { type: "from-app" })).toBe(1);
    await until(() => received.length === 2);
    expect(received).toEqual([{ type: "from-redis" }, { type: "from-app" }]);
    await stop();
  });

  it("stays in process in embedded mode", async () => {
    holder.fathomRedis = null;
    const user = freshUser();
    const received: UserEvent[] = [];
    const stop = await subscribeUserEvents(user, (event) => received.push(event));
    expect(await redis.publish(`fathom:user:${user}`, JSON.stringify({ type: "from-redis" }))).toBe(0);
    expect(await publishUserEvent(user, { type: "local" })).toBe(1);
    await until(() => received.length === 1);
    await settle();
    expect(received).toEqual([{ type: "local" }]);
    await stop();
  });

  it("refuses user ids that cannot name a channel safely", () => {
    expect(userChannel("clx0abc_12-Z")).toBe("fathom:user:clx0abc_12-Z");
    expect(() => userChannel("a/b")).toThrow(RangeError);
    expect(() => userChannel("")).toThrow(RangeError);
    expect(() => userChannel("a*")).toThrow(RangeError);
  });

  it("rejects an event without a type before publishing", async () => {
    const bus = createMemoryEventBus();
    await expect(publishUserEvent("u1", { type: "" }, bus)).rejects.toThrow();
  });
});
