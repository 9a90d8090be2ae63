import { z } from "zod";
import { CurrencyInput } from "@/lib/exchange-rates/rate-input";

export const ACCOUNT_TYPES = ["checking", "savings", "credit_card", "cash", "loan", "investment"] as const;

/** A decimal amount as text ("-1250.50"); converted to minor units once the currency is known. */
export const AmountText = z.string().trim().regex(/^[+-]?\d{1,15}(\.\d{1,4})?$/, "must be an amount such as 1250.50");

const Name = z.string().trim().min(1, "is required").max(100, "must be at most 100 characters");

export const CreateManualAccountInput = z.object({
  name: Name,
  type: z.enum(ACCOUNT_TYPES, "must be one of checking, savings, credit_card, cash, loan, investment"),
  currency: CurrencyInput,
  /** Negative for money owed (a loan, a card balance). */
  openingBalance: AmountText.default("0"),
});

export const UpdateManualAccountInput = z
  .object({
    name: Name.optional(),
    type: z.enum(ACCOUNT_TYPES, "must be one of checking, savings, credit_card, cash, loan, investment").optional(),
    openingBalance: AmountText.optional(),
    archived: z.boolean().optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), "Nothing to change: send name, type, openingBalance or archived");
