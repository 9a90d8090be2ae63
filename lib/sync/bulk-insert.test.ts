import { describe, expect, it } from "vitest";
import { jsonRecordset } from "./bulk-insert";

describe("jsonRecordset", () => {
  const columns = [{ name: "id", type: "uuid" }, { name: "kind", type: "enum:TransactionEventKind" }, { name: "after", type: "jsonb" }, { name: "note", type: "text" }];

  it("writes one object per row, embeds jsonb text as is and names enum types in the definition", () => {
    const out = jsonRecordset(columns, [["a", "added", '{"amount":-5}', 'say "hi"'], ["b", "removed", null, null]]);
    expect(JSON.parse(out.json)).toEqual([
      { id: "a", kind: "added", after: { amount: -5 }, note: 'say "hi"' },
      { id: "b", kind: "removed", after: null, note: null },
    ]);
    expect(out.definition).toBe('"id" uuid, "kind" "TransactionEventKind", "after" jsonb, "note" text');
    expect(out.names).toBe('"id", "kind", "after", "note"');
  });

  it("replaces a lone surrogate (which PostgreSQL refuses) with U+FFFD but leaves pairs and escaped backslashes alone", () => {
    const out = jsonRecordset([{ name: "note", type: "text" }], [["bad \ud800 end"], ["pair \ud83d\ude00"], ["literal \\ud800"]]);
    expect(JSON.parse(out.json)).toEqual([{ note: "bad \ufffd end" }, { note: "pair \ud83d\ude00" }, { note: "literal \\ud800" }]);
  });
});
