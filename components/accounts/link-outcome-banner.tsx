import { describeLinkError } from "@/lib/banks/link/link-error";

export interface LinkOutcome {
  linked?: string;
  accounts?: string;
  relinked?: string;
  link_error?: string;
  bank?: string;
  unlinked?: string;
  revoke_failed?: string;
}

/** The result of a link, re-link or unlink, read from fixed query codes (never free text from a bank). */
export function LinkOutcomeBanner({ outcome, bankNames }: { outcome: LinkOutcome; bankNames: Record<string, string> }) {
  const bankName = (id?: string) => (id && bankNames[id]) || "The bank";
  if (outcome.link_error) {
    return (
      <p role="alert" data-testid="link-outcome" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
        {describeLinkError(outcome.link_error, bankName(outcome.bank))}
      </p>
    );
  }
  let message: string | null = null;
  if (outcome.linked) {
    const count = Number(outcome.accounts ?? "0");
    message = `${outcome.relinked ? "Re-linked" : "Linked"} ${bankName(outcome.linked)}: ${count} ${count === 1 ? "account" : "accounts"}.`;
  } else if (outcome.unlinked === "keep") {
    message = "Bank unlinked. Its accounts and history are kept; they will no longer update.";
  } else if (outcome.unlinked === "delete") {
    message = "Bank unlinked and its accounts and transactions deleted.";
  }
  if (!message) return null;
  return (
    <div role="status" data-testid="link-outcome" className="space-y-1 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
      <p>{message}</p>
      {outcome.revoke_failed ? <p>The bank could not be reached to revoke access; Fathom has destroyed its copy of the keys.</p> : null}
    </div>
  );
}
