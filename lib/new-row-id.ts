import { randomBytes } from "node:crypto";

/**
 * A UUIDv7 for rows inserted with raw SQL (Prisma's @default(uuid(7)) is applied by the client,
 * not the database): 48-bit millisecond time then random bits, so ids stay time-ordered.
 */
export function newRowId(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
