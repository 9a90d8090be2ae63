import { z } from "zod";
import { AmountText } from "@/lib/accounts/account-input";
import { CalendarDateInput } from "@/lib/exchange-rates/rate-input";

const Id = z.uuid("must be an id");

export const CreateScheduleInput = z
  .object({
    kind: z.enum(["expense", "income", "transfer"], "must be expense, income or transfer"),
    accountId: Id,
    toAccountId: Id.nullish(),
    /** A magnitude; the kind gives the sign. */
    amount: AmountText.refine((value) => !value.startsWith("-") && /[1-9]/.test(value), "must be greater than zero"),
    description: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
    categoryId: Id.nullish(),
    frequency: z.enum(["daily", "weekly", "monthly", "yearly"], "must be daily, weekly, monthly or yearly"),
    interval: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(100, "must be at most 100").default(1),
    startDate: CalendarDateInput,
    endDate: CalendarDateInput.nullish(),
    count: z.coerce.number().int("must be a whole number").min(1, "must be at least 1").max(10_000, "must be at most 10000").nullish(),
    /** Monthly only; 31 means the last day of shorter months. Defaults to the start date's day. */
    dayOfMonth: z.coerce.number().int("must be a whole number").min(1, "must be between 1 and 31").max(31, "must be between 1 and 31").nullish(),
    weekendRule: z.enum(["none", "before", "after"], "must be none, before or after").default("none"),
  })
  .refine((s) => !s.endDate || s.endDate >= s.startDate, { message: "must not be before startDate", path: ["endDate"] })
  .refine((s) => (s.kind === "transfer") === Boolean(s.toAccountId), { message: "is required for a transfer, and only for one", path: ["toAccountId"] })
  .refine((s) => s.kind !== "transfer" || !s.categoryId, { message: "a transfer between your accounts has no spending category", path: ["categoryId"] })
  .refine((s) => s.dayOfMonth == null || s.frequency === "monthly", { message: "applies to monthly schedules only", path: ["dayOfMonth"] });

export type CreateSchedule = z.output<typeof CreateScheduleInput>;

/** What ScheduledTransaction.recurrence holds; the rest of lib/schedules' Schedule lives in columns. */
export const RecurrenceJson = z.object({
  frequency: z.enum(["daily", "weekly", "monthly", "yearly"]),
  interval: z.number().int().min(1),
  dayOfMonth: z.number().int().min(1).max(31).optional(),
});
