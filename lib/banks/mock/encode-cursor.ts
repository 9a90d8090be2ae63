import { z } from "zod";

/** A request a mock bank refuses (bad cursor, page, date). Route handlers map it to a 400-class response. */
export class MockBankInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MockBankInputError";
  }
}

/**
 * Cursors are opaque to clients but deterministic: the same position always encodes to the same string,
 * so a retried request with the same cursor gets the same page.
 */
export function encodeCursor(bank: string, payload: Record<string, string | number | null>): string {
  return `${bank}.${Buffer.from(JSON.stringify(payload), "utf8").toString("base64url")}`;
}

export function decodeCursor<T>(bank: string, cursor: string, schema: z.ZodType<T>): T {
  const prefix = `${bank}.`;
  if (!cursor.startsWith(prefix)) throw new MockBankInputError("cursor was not issued by this bank");
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor.slice(prefix.length), "base64url").toString("utf8"));
  } catch {
    throw new MockBankInputError("cursor is corrupt");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new MockBankInputError("cursor is corrupt");
  return parsed.data;
}

export const PageCountInput = z.number().int().min(1).max(500);

export function readCount(count: number | undefined, fallback: number): number {
  const parsed = PageCountInput.safeParse(count ?? fallback);
  if (!parsed.success) throw new MockBankInputError("count must be an integer from 1 to 500");
  return parsed.data;
}
