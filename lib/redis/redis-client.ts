/** The Upstash Redis client when configured (production, and tests through the local REST bridge); null in embedded mode. */
import { Redis } from "@upstash/redis";
import { env } from "@/lib/env";

const holder = globalThis as typeof globalThis & { fathomRedis?: Redis | null };

export function redisClient(): Redis | null {
  if (holder.fathomRedis !== undefined) return holder.fathomRedis;
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env();
  holder.fathomRedis = url && token ? new Redis({ url, token, automaticDeserialization: false }) : null;
  return holder.fathomRedis;
}
