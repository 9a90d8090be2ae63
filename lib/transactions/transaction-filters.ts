import { z } from "zod";

/**
 * The list's filters as they appear in a URL (`/transactions?accountId=…&from=…`) and in
 * `GET /api/transactions`: every value arrives as a string, so each is parsed here with a message
 * that names the parameter. Amounts are signed integer minor units (negative is money out).
 */
const CalendarDateParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "must be a real date");
const MinorParam = z.string().regex(/^-?\d{1,15}$/, "must be a whole number of minor units (cents)").transform(Number);

export const SORTS = ["date_desc", "date_asc", "amount_desc", "amount_asc"] as const;
export type TransactionSort = (typeof SORTS)[number];

/** "<sort key>_<id>": the last row of the previous page in the current sort order. */
const CursorParam = z.string().max(120, "must be at most 120 characters").regex(/^(\d{4}-\d{2}-\d{2}|-?\d{1,15})_[0-9a-f-]{36}$/i, "must be the nextCursor of a previous page");

export const TransactionFiltersSchema = z
  .object({
    accountId: z.uuid("must be an account id").optional(),
    /** A category id, or "none" for uncategorized rows. */
    categoryId: z.union([z.uuid(), z.literal("none")], { error: "must be a category id or none" }).optional(),
    from: CalendarDateParam.optional(),
    to: CalendarDateParam.optional(),
    minAmount: MinorParam.optional(),
    maxAmount: MinorParam.optional(),
    status: z.enum(["pending", "posted"], { error: "must be pending or posted" }).optional(),
    anomaly: z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true").optional(),
    q: z.string().trim().max(100, "must be at most 100 characters").optional(),
    sort: z.enum(SORTS, { error: `must be one of ${SORTS.join(", ")}` }).default("date_desc"),
    limit: z.string().regex(/^\d{1,3}$/, "must be a whole number from 1 to 500").transform(Number).refine((n) => n >= 1 && n <= 500, "must be a whole number from 1 to 500").optional(),
    cursor: CursorParam.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) ctx.addIssue({ code: "custom", path: ["to"], message: "must be on or after from" });
    if (value.minAmount !== undefined && value.maxAmount !== undefined && value.minAmount > value.maxAmount) {
      ctx.addIssue({ code: "custom", path: ["maxAmount"], message: "must be at least minAmount" });
    }
    if (value.cursor && value.sort.startsWith("date") !== /^\d{4}-/.test(value.cursor)) {
      ctx.addIssue({ code: "custom", path: ["cursor"], message: "does not belong to this sort order" });
    }
  });

export type TransactionFilters = z.output<typeof TransactionFiltersSchema>;

/** Empty strings are how an untouched form field arrives: they mean "no filter", not "invalid". */
export function parseTransactionFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): TransactionFilters {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  const raw: Record<string, string> = {};
  for (const [key, value] of entries) if (value !== undefined && value !== "") raw[key] = value;
  return TransactionFiltersSchema.parse(raw);
}

/** The filters back as a query string, for shareable links and the "next page" link. */
export function filtersToSearch(filters: Partial<Record<keyof TransactionFilters, string | number | boolean | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === "" || (key === "sort" && value === "date_desc")) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
