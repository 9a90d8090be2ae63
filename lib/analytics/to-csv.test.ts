import { describe, expect, it } from "vitest";
import { toCsv } from "./to-csv";

describe("toCsv", () => {
  it("writes the table's columns and rows with money as plain decimals", () => {
    const csv = toCsv(
      [{ key: "name", label: "Category", kind: "text" }, { key: "amount", label: "Spent", kind: "money" }, { key: "change", label: "Change", kind: "percent" }],
      [{ name: "Food, Dining", amount: 123456, change: 35.1 }, { name: '=HYPERLINK("x")', amount: -5, change: null }],
      "USD",
    );
    expect(csv).toBe('Category,Spent (USD),Change (%)\r\n"Food, Dining",1234.56,35.1\r\n"\'=HYPERLINK(""x"")",-0.05,\r\n');
  });

  it("uses the currency's own minor units", () => {
    expect(toCsv([{ key: "a", label: "A", kind: "money" }], [{ a: 1500 }], "JPY")).toBe("A (JPY)\r\n1500\r\n");
  });
});
