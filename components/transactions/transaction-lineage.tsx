import { useTranslations } from "next-intl";
import { useExplain } from "@/components/i18n/use-explain";
import { MergeUndoButton, RevertButton } from "@/components/transactions/lineage-actions";
import { formatDateTime } from "@/lib/i18n/format-date";
import { readMergeReasons } from "@/lib/sync/dedup/merge-reason";
import type { TransactionDetail } from "@/lib/transactions/get-transaction-detail";

const KINDS = ["added", "modified", "removed", "merged", "unmerged", "corrected", "reverted", "categorized"] as const;

function isKind(value: string): value is (typeof KINDS)[number] {
  return (KINDS as readonly string[]).includes(value);
}

function Json({ value }: { value: unknown }) {
  return <pre className="max-w-full overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs dark:bg-slate-950">{JSON.stringify(value, null, 2)}</pre>;
}

/** Why dedup paired the rows, one reason per line in the reader's language. */
function MergeReasons({ value }: { value: unknown }) {
  const explainText = useExplain();
  const { reasons, messages } = readMergeReasons(value);
  return (
    <ul className="mt-1 list-inside list-disc" data-testid="merge-reasons">
      {reasons.map((reason, index) => <li key={`${index}:${reason}`}>{explainText(messages[index], reason)}</li>)}
    </ul>
  );
}

/** The whole life of a transaction: corrections, events, what the bank sent, and dedup merges. */
export function TransactionLineage({ detail, locale }: { detail: TransactionDetail; locale: string }) {
  const t = useTranslations("lineage");
  const when = (iso: string, locale: string) => t("utc", { time: formatDateTime(iso, locale) });
  const { corrections, events, providerRecords, merges } = detail.lineage;
  const section = "space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900";
  return (
    <div className="space-y-6">
      <section aria-labelledby="corrections-heading" className={section}>
        <h2 id="corrections-heading" className="text-lg font-semibold">{t("yourCorrections")}</h2>
        {corrections.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("noCorrections")}</p> : (
          <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {[...corrections].reverse().map((c) => (
              <li key={c.id} data-testid="correction-entry" className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div>
                  <p><span className="font-medium capitalize">{c.field}</span> · {when(c.createdAt, locale)} · {c.active ? t("inForce") : t("revertedOrReplaced")}</p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">{t("fromTo", { from: JSON.stringify(c.previousValue), to: JSON.stringify(c.value) })}</p>
                </div>
                {c.active ? <RevertButton correctionId={c.id} field={c.field} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-heading" className={section}>
        <h2 id="history-heading" className="text-lg font-semibold">{t("history")}</h2>
        <ol className="space-y-2 text-sm">
          {events.map((e) => (
            <li key={e.id} data-testid="history-event" className="border-l-2 border-brand-200 pl-3 dark:border-brand-900">
              <p><span className="font-medium">{isKind(e.kind) ? t(`kind.${e.kind}`) : e.kind}</span> · {when(e.createdAt, locale)} · {t("by", { actor: e.actor, source: e.source })}{e.transactionId !== detail.id ? t("onMergedRow") : ""}</p>
              <details className="text-xs">
                <summary className="cursor-pointer rounded text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-500">{t("beforeAfter")}</summary>
                <div className="grid gap-2 md:grid-cols-2"><Json value={e.before} /><Json value={e.after} /></div>
              </details>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="bank-heading" className={section}>
        <h2 id="bank-heading" className="text-lg font-semibold">{t("bankSent")}</h2>
        {providerRecords.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("noBankRecord")}</p> : (
          <ol className="space-y-2 text-sm">
            {providerRecords.map((r, index) => (
              <li key={r.id} data-testid="provider-record">
                <p className="font-medium">{t("version", { number: index + 1, origin: r.origin, time: when(r.receivedAt, locale) })}</p>
                <Json value={r.payload} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="merges-heading" className={section}>
        <h2 id="merges-heading" className="text-lg font-semibold">{t("duplicateMerges")}</h2>
        {merges.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("noMerges")}</p> : (
          <ul className="space-y-2 text-sm">
            {merges.map((m) => (
              <li key={m.id} className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p>{m.role === "survivor" ? t("survivor") : t("mergedAway")} · {t("score", { score: m.score.toFixed(2) })} · {m.status} · {when(m.createdAt, locale)}</p>
                  <MergeReasons value={m.reasons} />
                </div>
                {m.status === "merged" ? <MergeUndoButton transactionId={detail.id} mergeId={m.id} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
