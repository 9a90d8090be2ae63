import { describe, expect, it } from "vitest";
import { newRowId } from "./new-row-id";

describe("newRowId", () => {
  it("is a UUIDv7 carrying the millisecond time, unique across pool refills", () => {
    const now = Date.parse("2025-01-01T12:00:00.000Z");
    const ids = Array.from({ length: 2_000 }, () => newRowId(now));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]?.replace(/-/g, "").slice(0, 12)).toBe(now.toString(16).padStart(12, "0"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("orders by time", () => {
    expect(newRowId(1_000) < newRowId(2_000)).toBe(true);
  });
});
