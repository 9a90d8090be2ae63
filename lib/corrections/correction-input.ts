import { z } from "zod";

const Minor = z.number({ error: "must be a number of minor units" }).int("must be a whole number of minor units (cents)").refine((n) => Math.abs(n) <= Number.MAX_SAFE_INTEGER, "is too large");
const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "must be a real date");

export const SplitLineInput = z.object({
  categoryId: z.uuid("must be a category id").nullable(),
  amount: Minor.refine((n) => n !== 0, "must not be zero"),
  note: z.string().trim().max(200, "must be at most 200 characters").optional(),
});

/**
 * One user correction. `field` picks the overlay; the value is the new effective value. A split
 * replaces the transaction's single category by several lines whose amounts add up to it.
 */
export const CorrectionInput = z.discriminatedUnion(
  "field",
  [
    z.object({ field: z.literal("category"), categoryId: z.uuid("must be a category id") }),
    z.object({ field: z.literal("merchant"), merchantName: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters") }),
    z.object({ field: z.literal("notes"), notes: z.string().trim().max(1000, "must be at most 1000 characters") }),
    z.object({ field: z.literal("date"), date: CalendarDate }),
    z.object({ field: z.literal("amount"), amount: Minor.refine((n) => n !== 0, "must not be zero") }),
    z.object({ field: z.literal("transfer"), isTransfer: z.boolean({ error: "must be true or false" }) }),
    z.object({ field: z.literal("excluded"), excluded: z.boolean({ error: "must be true or false" }) }),
    z.object({ field: z.literal("split"), splits: z.array(SplitLineInput).min(2, "needs at least two lines").max(20, "must have at most 20 lines") }),
  ],
  { error: "must be one of category, merchant, notes, date, amount, transfer, excluded, split" },
);

export type CorrectionInputValue = z.infer<typeof CorrectionInput>;
export type CorrectionFieldName = CorrectionInputValue["field"];

export const BulkActionInput = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("categorize"), transactionIds: z.array(z.uuid("must be transaction ids")).min(1, "select at least one transaction").max(500, "at most 500 at once"), categoryId: z.uuid("must be a category id") }),
    z.object({ action: z.literal("exclude"), transactionIds: z.array(z.uuid("must be transaction ids")).min(1, "select at least one transaction").max(500, "at most 500 at once"), excluded: z.boolean({ error: "must be true or false" }).default(true) }),
  ],
  { error: "must be categorize or exclude" },
);
