import type { LinkErrorCode } from "@/lib/banks/link/link-error";
import { useTranslations } from "next-intl";

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
  const t = useTranslations("accounts");
  const tl = useTranslations("errors.link");
  const bankName = (id?: string) => (id && bankNames[id]) || t("theBank");
  if (outcome.link_error) {
    return (
      <p role="alert" data-testid="link-outcome" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
        {tl.has(outcome.link_error as LinkErrorCode) ? tl(outcome.link_error as LinkErrorCode, { bank: bankName(outcome.bank) }) : tl("failed")}
      </p>
    );
  }
  let message: string | null = null;
  if (outcome.linked) {
    const count = Number(outcome.accounts ?? "0");
    message = t(outcome.relinked ? "relinkedBank" : "linkedBank", { bank: bankName(outcome.linked), count });
  } else if (outcome.unlinked === "keep") {
    message = t("unlinkedKeep");
  } else if (outcome.unlinked === "delete") {
    message = t("unlinkedDelete");
  }
  if (!message) return null;
  return (
    <div role="status" data-testid="link-outcome" className="space-y-1 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
      <p>{message}</p>
      {outcome.revoke_failed ? <p>{t("revokeFailed")}</p> : null}
    </div>
  );
}
