import { createMemoryEventBus, createUpstashEventBus, type EventBus } from "@/lib/redis/event-bus";
import { redisClient } from "@/lib/redis/redis-client";

const holder = globalThis as typeof globalThis & { fathomAlertBus?: EventBus };

/**
 * The bus alerts travel on: Upstash when configured, else one in-process bus per server process.
 * Held on globalThis because Next bundles route handlers and server actions separately and may
 * evaluate a module once per bundle, so a module-level emitter in the publisher (a server action)
 * and in the SSE route could be two different emitters and the alert would never reach the tab.
 * (lib/redis/event-bus keeps its default in-process bus in a module variable, hence this.)
 */
export function alertBus(): EventBus {
  const redis = redisClient();
  if (redis) return createUpstashEventBus(redis);
  holder.fathomAlertBus ??= createMemoryEventBus();
  return holder.fathomAlertBus;
}
