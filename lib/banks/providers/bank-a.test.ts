import { describe, expect, it } from "vitest";
import { bankAPage } from "./bank-a";

const rows = (...dates: string[]) => dates.map((txn_date) => ({ txn_date }));

describe("bankAPage", () => {
  it("keeps paging until a page ends before the since date, then stops", () => {
    expect(bankAPage({ transactions: rows("2025-01-05", "2025-01-01"), next_cursor: "a1.x" }, "2024-12-30").nextPage).toBe("a1.x");
    expect(bankAPage({ transactions: rows("2025-01-05", "2024-12-29"), next_cursor: "a1.x" }, "2024-12-30").nextPage).toBeNull();
    expect(bankAPage({ transactions: rows("2024-12-29"), next_cursor: "a1.x" }, null).nextPage).toBe("a1.x");
  });

  it("does not stop on a last row whose date it cannot read", () => {
    expect(bankAPage({ transactions: [{ txn_date: "29.12.2024" }], next_cursor: "a1.x" }, "2024-12-30").nextPage).toBe("a1.x");
  });

  it("reads the listing version and a not-modified answer, both optional", () => {
    expect(bankAPage({ transactions: [], next_cursor: null, listing_version: "v1.abc", not_modified: true }, null)).toMatchObject({ listingVersion: "v1.abc", notModified: true });
    expect(bankAPage({ transactions: [], next_cursor: null }, null)).toMatchObject({ listingVersion: null, notModified: false });
  });
});
