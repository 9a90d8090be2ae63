import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseBudgetForm, type BudgetFormValues } from "./parse-budget-form";

const values: BudgetFormValues = {
  name: "Dining", scope: "category", categoryIds: ["c1"], period: "weekly", weekStart: "0", amount: "1,250.50", thresholds: "50, 100%", rollover: true, includePending: false,
};

describe("parseBudgetForm", () => {
  it("converts the typed amount to minor units and the thresholds to numbers", () => {
    expect(parseBudgetForm(values, "USD")).toEqual({
      name: "Dining", scope: "category", categoryIds: ["c1"], period: "weekly", weekStart: 0, amount: 125_050, thresholds: [50, 100], rollover: true, includePending: false,
    });
  });

  it("drops categories from a total budget", () => {
    expect(parseBudgetForm({ ...values, scope: "total" }, "USD").categoryIds).toEqual([]);
  });

  it.each([
    [{ amount: "ten" }, "amount: must be an amount like 250 or 250.00"],
    [{ amount: "1.234" }, "amount: must be an amount like 250 or 250.00"],
    [{ thresholds: "80, lots" }, "thresholds: must be whole percentages separated by commas, like 80, 100"],
  ])("names the field for %o", (change, message) => {
    const error = (() => {
      try {
        parseBudgetForm({ ...values, ...change }, "USD");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(message);
  });
});
