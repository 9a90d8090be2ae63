import type { ExplainMessage } from "@/lib/i18n/explain-message";

/** A newly raised budget alert, as returned by evaluateBudgetAlerts and published after commit. */
export interface BudgetAlert {
  id: string;
  userId: string;
  kind: "budget_threshold";
  budgetId: string;
  threshold: number;
  periodStart: string;
  title: string;
  message: string;
  /** `title` and `message` as catalog messages, so a toast can show them in the reader's language. */
  titleMessage?: ExplainMessage | null;
  messageMessage?: ExplainMessage | null;
  /** ISO timestamp of the row's creation (inside the transaction). */
  createdAt: string;
}

/** The event every open tab of the user receives; also the body of the outgoing webhook. */
export const ALERT_CREATED_EVENT = "alert.created";
