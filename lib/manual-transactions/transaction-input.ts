import { z } from "zod";
import { AmountText } from "@/lib/accounts/account-input";
import { CalendarDateInput } from "@/lib/exchange-rates/rate-input";

const Id = z.uuid("must be an id");
/** Amounts are typed as positive magnitudes; the kind (expense, income, transfer) gives the sign. */
const Magnitude = AmountText.refine((value) => !value.startsWith("-") && /[1-9]/.test(value), "must be greater than zero");
const Description = z.string().trim().min(1, "is required").max(200, "must be at most 200 characters");
const Notes = z.string().trim().max(500, "must be at most 500 characters");

export const CreateManualTransactionInput = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.enum(["expense", "income"]),
      accountId: Id,
      amount: Magnitude,
      date: CalendarDateInput,
      description: Description,
      categoryId: Id.nullish(),
      notes: Notes.nullish(),
    }),
    z.object({
      kind: z.literal("transfer"),
      accountId: Id,
      toAccountId: Id,
      amount: Magnitude,
      /** What arrived, in the destination account's currency; required when the currencies differ. */
      toAmount: Magnitude.nullish(),
      date: CalendarDateInput,
      description: Description,
      notes: Notes.nullish(),
    }),
  ],
  { error: "must be expense, income or transfer" },
);
export type CreateManualTransaction = z.output<typeof CreateManualTransactionInput>;

export const UpdateManualTransactionInput = z
  .object({
    description: Description.optional(),
    date: CalendarDateInput.optional(),
    amount: Magnitude.optional(),
    categoryId: Id.nullable().optional(),
    notes: Notes.nullable().optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), "Nothing to change: send description, date, amount, categoryId or notes");

export const TransactionIdsInput = z.object({
  ids: z.array(Id).min(1, "must name at least one transaction").max(500, "must name at most 500 transactions"),
});
