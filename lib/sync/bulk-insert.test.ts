import { describe, expect, it } from "vitest";
import { jsonRows } from "./bulk-insert";

describe("jsonRows", () => {
  const columns = [{ name: "id", type: "uuid" }, { name: "kind", type: "enum:TransactionEventKind" }, { name: "after", type: "jsonb" }, { name: "note", type: "text" }];

  it("writes one array per row, with jsonb values inline and a Date as ISO text", () => {
    const at = new Date("2025-01-02T03:04:05.000Z");
    const out = jsonRows(columns, [["a", "added", { amount: -5 }, 'say "hi"'], ["b", "removed", null, at]]);
    expect(JSON.parse(out.json)).toEqual([["a", "added", { amount: -5 }, 'say "hi"'], ["b", "removed", null, "2025-01-02T03:04:05.000Z"]]);
    expect(out.names).toBe('"id", "kind", "after", "note"');
  });

  it("reads each position with its type: casts, enum type names, jsonb with null as SQL NULL, and the 1-based position", () => {
    expect(jsonRows(columns, []).from(3, "u")).toBe(
      `(SELECT (x.e->>0)::uuid AS "id", (x.e->>1)::"TransactionEventKind" AS "kind", NULLIF(x.e->2, 'null'::jsonb) AS "after", x.e->>3 AS "note", x.i::int AS i ` +
        "FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS x(e, i)) AS u",
    );
  });

  it("replaces a lone surrogate (which PostgreSQL refuses) with U+FFFD but leaves pairs and escaped backslashes alone", () => {
    const out = jsonRows([{ name: "note", type: "text" }], [["bad \ud800 end"], ["pair \ud83d\ude00"], ["literal \\ud800"]]);
    expect(JSON.parse(out.json)).toEqual([["bad \ufffd end"], ["pair \ud83d\ude00"], ["literal \\ud800"]]);
  });
});
