import { z } from "zod";

/** True for a real Gregorian date; normalizers use it because Date.parse rolls 30 February into March. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Longer descriptions are a bank bug (we have seen 10 kB ones), not data worth storing. */
export const MAX_DESCRIPTION_LENGTH = 1024;

const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
  .refine((value) => isCalendarDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))), "is not a real calendar date");

const MinorUnitsSchema = z.number().int("must be whole minor units").refine(Number.isSafeInteger, "is beyond the safe integer range");

export const CanonicalTransactionSchema = z.object({
  externalId: z.string().min(1),
  accountExternalId: z.string().min(1),
  /** Minor units; negative = money out of the account, for every account type. */
  amount: MinorUnitsSchema,
  currency: z.string().regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code"),
  pending: z.boolean(),
  /** UTC ISO instants. */
  authorizedAt: z.iso.datetime().optional(),
  postedAt: z.iso.datetime().optional(),
  /** The transaction date as a UTC calendar date. */
  date: IsoDateSchema,
  description: z.string().min(1, "is empty").max(MAX_DESCRIPTION_LENGTH, `is longer than ${MAX_DESCRIPTION_LENGTH} characters`),
  merchantName: z.string().min(1).optional(),
  mcc: z.string().regex(/^\d{4}$/, "must be four digits").optional(),
  providerCategory: z.string().min(1).optional(),
  /** The provider's id of the pending row this posted row replaces. */
  pendingExternalId: z.string().min(1).optional(),
});
export type CanonicalTransaction = z.infer<typeof CanonicalTransactionSchema>;

export const CANONICAL_ACCOUNT_TYPES = ["checking", "savings", "credit_card", "cash", "loan", "investment"] as const;

export const CanonicalAccountSchema = z.object({
  externalId: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(CANONICAL_ACCOUNT_TYPES),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code"),
  /** Minor units from the customer's side: negative = owed (card debt, overdraft, loan). */
  currentBalance: MinorUnitsSchema,
  availableBalance: MinorUnitsSchema.optional(),
  mask: z.string().min(1).optional(),
});
export type CanonicalAccount = z.infer<typeof CanonicalAccountSchema>;

/**
 * Why a record was quarantined, as a code with arguments the app translates (rejections.sync.*);
 * `reason` stays the English sentence the API and logs show.
 */
export type QuarantineCode = "fieldMissing" | "fieldOneOf" | "fieldFormat" | "fieldInvalid" | "recordInvalid" | "fieldNotAmount" | "fieldNotTimestamp" | "fieldNotDate" | "noDate" | "accountNotInConnection";

/** One record's outcome: a bad record is quarantined with a reason while the rest of the page proceeds. */
export type NormalizeResult<T> = { ok: true; value: T } | { ok: false; reason: string; code?: QuarantineCode; params?: Record<string, string> };

/** A failed parse with every issue in English and the first one as a translatable code. */
export function zodFailure(error: z.ZodError): { ok: false; reason: string; code: QuarantineCode; params?: Record<string, string> } {
  const reason = describeZodError(error);
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") ?? "";
  if (!issue || !field) return { ok: false, reason, code: "recordInvalid" };
  const missing = issue.message === "is missing" || issue.message === "is required" || /received undefined$/.test(issue.message) || (issue.code === "too_small" && issue.origin === "string");
  if (missing) return { ok: false, reason, code: "fieldMissing", params: { field } };
  if (issue.code === "invalid_value") return { ok: false, reason, code: "fieldOneOf", params: { field, values: issue.values.map(String).join(", ") } };
  if (issue.code === "invalid_format") return { ok: false, reason, code: "fieldFormat", params: { field } };
  return { ok: false, reason, code: "fieldInvalid", params: { field } };
}

/** "amount: expected a decimal ..." — names the field so a quarantined record can be understood at a glance. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join(".");
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join("; ");
}

/** Validates the final canonical shape; every normalizer ends here so all banks obey the same contract. */
export function finishTransaction(candidate: CanonicalTransaction): NormalizeResult<CanonicalTransaction> {
  const parsed = CanonicalTransactionSchema.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : zodFailure(parsed.error);
}

export function finishAccount(candidate: CanonicalAccount): NormalizeResult<CanonicalAccount> {
  const parsed = CanonicalAccountSchema.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : zodFailure(parsed.error);
}

/** Drops undefined keys so canonical records compare and snapshot cleanly. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A string field whose absence reads as "is missing" rather than zod's type jargon. */
export function requiredString() {
  return z.string({ error: (issue) => (issue.input === undefined ? "is missing" : "must be a string") });
}
