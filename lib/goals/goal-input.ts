import { z } from "zod";
import { AmountText } from "@/lib/accounts/account-input";
import { CalendarDateInput, CurrencyInput } from "@/lib/exchange-rates/rate-input";

const Positive = AmountText.refine((value) => !value.startsWith("-") && /[1-9]/.test(value), "must be greater than zero");

export const CreateGoalInput = z.object({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  targetAmount: Positive,
  currency: CurrencyInput,
  deadline: CalendarDateInput.nullish(),
  /** Transfers into this account count as contributions; it must hold the goal's currency. */
  accountId: z.uuid("must be an id").nullish(),
});

export const GoalContributionInput = z.object({
  /** Negative to take money back out of the goal. */
  amount: AmountText.refine((value) => /[1-9]/.test(value), "must not be zero"),
  date: CalendarDateInput,
  note: z.string().trim().max(200, "must be at most 200 characters").nullish(),
});
