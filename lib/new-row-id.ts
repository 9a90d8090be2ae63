import { randomFillSync } from "node:crypto";

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
/** Random bytes are drawn 4 KiB at a time: one system call per ~400 ids instead of one per id. */
const pool = Buffer.allocUnsafe(4096);
let used = pool.length;

/**
 * A UUIDv7 for rows inserted with raw SQL (Prisma's @default(uuid(7)) is applied by the client,
 * not the database): 48-bit millisecond time then random bits, so ids stay time-ordered.
 */
export function newRowId(now = Date.now()): string {
  if (used + 10 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const at = used;
  used += 10;
  const time = now.toString(16).padStart(12, "0").slice(-12);
  let tail = "";
  for (let index = at + 4; index < at + 10; index += 1) tail += HEX[pool[index] as number];
  return `${time.slice(0, 8)}-${time.slice(8)}-7${HEX[(pool[at] as number) & 0x0f]?.[1]}${HEX[pool[at + 1] as number]}-${HEX[0x80 | ((pool[at + 2] as number) & 0x3f)]}${HEX[pool[at + 3] as number]}-${tail}`;
}
