/**
 * Idempotency-Key for mutating API requests: the first response for a key is stored and replayed for
 * repeats; the same key with another request is refused. A placeholder row (statusCode 0) is written
 * before the work, so a concurrent duplicate is told to wait instead of running the work twice.
 */
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
const IN_PROGRESS = 0;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export interface StoredResponse {
  status: number;
  body: unknown;
}

export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method.toUpperCase()} ${path}\n${body}`, "utf8").digest("hex");
}

export function parseIdempotencyKey(value: string | null): string | null {
  if (value === null) return null;
  if (!KEY_PATTERN.test(value)) throw new AppError("validation", "Idempotency-Key: must be 1 to 255 printable ASCII characters without spaces");
  return value;
}

export async function withIdempotency(
  userId: string,
  key: string,
  fingerprint: string,
  work: () => Promise<StoredResponse>,
  now = new Date(),
): Promise<StoredResponse & { replayed: boolean }> {
  const db = prisma();
  const existing = await db.idempotencyRecord.findUnique({ where: { userId_key: { userId, key } } });
  if (existing && now.getTime() - existing.createdAt.getTime() > IDEMPOTENCY_TTL_MS) {
    await db.idempotencyRecord.deleteMany({ where: { id: existing.id } });
  } else if (existing) {
    if (existing.requestHash !== fingerprint) {
      throw new AppError("validation", "Idempotency-Key: was already used with a different request; use a new key for a new request");
    }
    if (existing.statusCode === IN_PROGRESS) throw new AppError("conflict", "Idempotency-Key: a request with this key is still in progress; retry shortly");
    return { status: existing.statusCode, body: existing.responseBody, replayed: true };
  }

  let placeholderId: string;
  try {
    const row = await db.idempotencyRecord.create({ data: { userId, key, requestHash: fingerprint, statusCode: IN_PROGRESS, responseBody: {} } });
    placeholderId = row.id;
  } catch (error) {
    // Another request with this key got in first: answer as a repeat of it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return withIdempotency(userId, key, fingerprint, work, now);
    throw error;
  }

  let response: StoredResponse;
  try {
    response = await work();
  } catch (error) {
    // A failed attempt is not a response worth replaying: the client may fix the cause and retry the key.
    await db.idempotencyRecord.deleteMany({ where: { id: placeholderId } });
    throw error;
  }
  await db.idempotencyRecord.update({
    where: { id: placeholderId },
    data: { statusCode: response.status, responseBody: (response.body ?? {}) as Prisma.InputJsonValue },
  });
  return { ...response, replayed: false };
}
