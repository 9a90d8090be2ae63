/**
 * Per-user publish/subscribe, used to fan alerts out to every open tab or server instance of one
 * user. Each user has their own channel, so a subscriber can only ever hear its own user's events.
 * Redis pub/sub when configured (publish over REST, subscribe over Upstash's server-sent-event
 * stream); an EventEmitter in the embedded single-process mode.
 *
 * Delivery is at most once and only to subscribers connected at publish time: anything that must
 * not be missed (an alert) is stored first, and the event only tells listeners to look.
 */
import { EventEmitter } from "node:events";
import type { Redis } from "@upstash/redis";
import { z } from "zod";
import { logError } from "@/lib/log";
import { redisClient } from "@/lib/redis/redis-client";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface UserEvent {
  /** e.g. "alert.created", "sync.finished". */
  type: string;
  data?: JsonValue;
}

export type Unsubscribe = () => Promise<void>;

export interface EventBus {
  /** Resolves with how many subscribers received it (Redis counts subscribing connections). */
  publish(channel: string, message: string): Promise<number>;
  /** Resolves once the subscription is live, so an event published afterwards is delivered. */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe>;
}

const UserEventSchema = z.object({ type: z.string().min(1), data: z.json().optional() });

const SUBSCRIBE_TIMEOUT_MS = 10_000;

/**
 * The Upstash client puts the channel into the subscribe URL unencoded, so ids are limited to
 * URL-safe characters (cuids and uuids are).
 */
export function userChannel(userId: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(userId)) throw new RangeError("userId must be letters, digits, '_' or '-'");
  return `fathom:user:${userId}`;
}

export function createMemoryEventBus(): EventBus {
  const emitter = new EventEmitter();
  // One listener per open stream; a busy user can have many, which is not a leak.
  emitter.setMaxListeners(0);
  return {
    async publish(channel, message) {
      const listeners = emitter.listeners(channel) as ((message: string) => void)[];
      // Delivered on a later tick, as Redis would, so a listener never runs inside the publisher.
      for (const listener of listeners) setImmediate(listener, message);
      return listeners.length;
    },
    async subscribe(channel, onMessage) {
      emitter.on(channel, onMessage);
      return async () => {
        emitter.off(channel, onMessage);
      };
    },
  };
}

export function createUpstashEventBus(redis: Redis): EventBus {
  return {
    async publish(channel, message) {
      return redis.publish(channel, message);
    },
    subscribe(channel, onMessage) {
      const subscriber = redis.subscribe<unknown>(channel);
      subscriber.on("message", ({ message }) => {
        // With automaticDeserialization on, the client has already JSON-parsed the payload; the bus
        // deals in the raw text either way.
        onMessage(typeof message === "string" ? message : JSON.stringify(message));
      });
      const unsubscribe: Unsubscribe = () => subscriber.unsubscribe();
      // The client returns before its stream is open; wait for Redis's confirmation so that an event
      // published right after subscribing is not lost.
      return new Promise<Unsubscribe>((resolve, reject) => {
        let settled = false;
        const fail = (error: Error): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          void unsubscribe();
          reject(error);
        };
        const timer = setTimeout(() => fail(new Error(`Timed out subscribing to ${channel}`)), SUBSCRIBE_TIMEOUT_MS);
        subscriber.on("subscribe", () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(unsubscribe);
        });
        // Only a failure to open the stream rejects; later errors are the client's to log.
        subscriber.on("error", fail);
      });
    },
  };
}

// One in-process bus per server process, held on globalThis: Next may evaluate this module once per
// route bundle, and a publisher (a server action) and a subscriber (the SSE route) must share it.
const holder = globalThis as typeof globalThis & { fathomMemoryEventBus?: EventBus };

export function defaultEventBus(): EventBus {
  const redis = redisClient();
  if (redis) return createUpstashEventBus(redis);
  holder.fathomMemoryEventBus ??= createMemoryEventBus();
  return holder.fathomMemoryEventBus;
}

export async function publishUserEvent(userId: string, event: UserEvent, bus: EventBus = defaultEventBus()): Promise<number> {
  return bus.publish(userChannel(userId), JSON.stringify(UserEventSchema.parse(event)));
}

/**
 * Calls `onEvent` for each event published to this user until the returned function is called.
 * Malformed payloads (not written by publishUserEvent) are dropped rather than passed on.
 */
export async function subscribeUserEvents(
  userId: string,
  onEvent: (event: UserEvent) => void,
  bus: EventBus = defaultEventBus(),
): Promise<Unsubscribe> {
  return bus.subscribe(userChannel(userId), (message) => {
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      return;
    }
    const parsed = UserEventSchema.safeParse(payload);
    if (!parsed.success) return;
    // A throwing handler must not end the subscription (the Upstash client treats a throw as a
    // stream error) nor, in memory, escape as an uncaught exception.
    try {
      onEvent(parsed.data);
    } catch (error) {
      logError("user event handler failed", error, { userId, type: parsed.data.type });
    }
  });
}
