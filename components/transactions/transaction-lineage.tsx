import { MergeUndoButton, RevertButton } from "@/components/transactions/lineage-actions";
import type { TransactionDetail } from "@/lib/transactions/get-transaction-detail";

const KIND_LABEL: Record<string, string> = {
  added: "Added", modified: "Changed by the bank", removed: "Removed by the bank", merged: "Merged", unmerged: "Merge undone",
  corrected: "Corrected", reverted: "Correction reverted", categorized: "Categorized",
};

function when(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
}

function Json({ value }: { value: unknown }) {
  return <pre className="max-w-full overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs dark:bg-slate-950">{JSON.stringify(value, null, 2)}</pre>;
}

/** The whole life of a transaction: corrections, events, what the bank sent, and dedup merges. */
export function TransactionLineage({ detail, locale }: { detail: TransactionDetail; locale: string }) {
  const { corrections, events, providerRecords, merges } = detail.lineage;
  const section = "space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900";
  return (
    <div className="space-y-6">
      <section aria-labelledby="corrections-heading" className={section}>
        <h2 id="corrections-heading" className="text-lg font-semibold">Your corrections</h2>
        {corrections.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">None: every value is the bank's or the categorizer's.</p> : (
          <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
            {[...corrections].reverse().map((c) => (
              <li key={c.id} data-testid="correction-entry" className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div>
                  <p><span className="font-medium capitalize">{c.field}</span> · {when(c.createdAt, locale)} · {c.active ? "in force" : "reverted or replaced"}</p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">from {JSON.stringify(c.previousValue)} to {JSON.stringify(c.value)}</p>
                </div>
                {c.active ? <RevertButton correctionId={c.id} field={c.field} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-heading" className={section}>
        <h2 id="history-heading" className="text-lg font-semibold">History</h2>
        <ol className="space-y-2 text-sm">
          {events.map((e) => (
            <li key={e.id} data-testid="history-event" className="border-l-2 border-brand-200 pl-3 dark:border-brand-900">
              <p><span className="font-medium">{KIND_LABEL[e.kind] ?? e.kind}</span> · {when(e.createdAt, locale)} · by {e.actor} ({e.source}){e.transactionId !== detail.id ? " · on a row merged into this one" : ""}</p>
              <details className="text-xs">
                <summary className="cursor-pointer rounded text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-500">Before and after</summary>
                <div className="grid gap-2 md:grid-cols-2"><Json value={e.before} /><Json value={e.after} /></div>
              </details>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="bank-heading" className={section}>
        <h2 id="bank-heading" className="text-lg font-semibold">What the bank sent</h2>
        {providerRecords.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">Entered by hand: no bank record.</p> : (
          <ol className="space-y-2 text-sm">
            {providerRecords.map((r, index) => (
              <li key={r.id} data-testid="provider-record">
                <p className="font-medium">Version {index + 1} · {r.origin} · received {when(r.receivedAt, locale)}</p>
                <Json value={r.payload} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="merges-heading" className={section}>
        <h2 id="merges-heading" className="text-lg font-semibold">Duplicate merges</h2>
        {merges.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No duplicates were merged with this transaction.</p> : (
          <ul className="space-y-2 text-sm">
            {merges.map((m) => (
              <li key={m.id} className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p>{m.role === "survivor" ? "Another row was merged into this one" : "This row was merged into another"} · score {m.score.toFixed(2)} · {m.status} · {when(m.createdAt, locale)}</p>
                  <Json value={m.reasons} />
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
