"use client";

import { useTranslations } from "next-intl";
import { useExplain } from "@/components/i18n/use-explain";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { CategoryOptions } from "@/components/transactions/category-options";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { CategoryView } from "@/lib/categories/list-categories";
import { formatMinorAsDecimal, formatMoney, parseDecimalToMinor } from "@/lib/money";
import type { FieldSource, TransactionDetail } from "@/lib/transactions/get-transaction-detail";

const INPUT = "block w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900";

interface SplitDraft { categoryId: string; amount: string; note: string }

function initialSplits(detail: TransactionDetail): SplitDraft[] {
  return [
    { categoryId: detail.category.value.id ?? "", amount: formatMinorAsDecimal(detail.amount.value, detail.currency), note: "" },
    { categoryId: "", amount: "0", note: "" },
  ];
}

/** The effective values, who each comes from, and a form per correctable field. */
export function CorrectionPanel({ detail, categories, locale }: { detail: TransactionDetail; categories: CategoryView[]; locale: string }) {
  const t = useTranslations("correction");
  const explainText = useExplain();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const money = (amount: number) => formatMoney({ amount, currency: detail.currency }, locale);
  const [splits, setSplits] = useState<SplitDraft[]>(() => initialSplits(detail));
  // A saved correction refreshes `detail` (one more event): the forms start again from the new effective
  // values, while the status line ("Amount corrected.") stays (remounting the whole panel lost it).
  const version = detail.lineage.events.length;
  const [formsVersion, setFormsVersion] = useState(version);
  if (version !== formsVersion) {
    setFormsVersion(version);
    setSplits(initialSplits(detail));
  }

  async function correct(body: Record<string, unknown>, done: string) {
    setError(null);
    setStatus(null);
    setBusy(true);
    const response = await fetch(`/api/transactions/${detail.id}/corrections`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    setBusy(false);
    if (!response.ok) {
      const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      return setError(payload?.error?.message ?? t("genericError"));
    }
    setStatus(done);
    router.refresh();
  }

  function amountOf(text: string, field: string): number | null {
    try {
      return parseDecimalToMinor(text, detail.currency);
    } catch {
      setError(t("mustBeAmount", { field }));
      return null;
    }
  }

  function submit(handler: (data: FormData) => void) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      handler(new FormData(event.currentTarget));
    };
  }

  const rows: { label: string; value: ReactNode; source: FieldSource; bank?: ReactNode; testId: string }[] = [
    { label: t("amount"), value: money(detail.amount.value), source: detail.amount.source, bank: detail.amount.bankValue !== undefined ? money(detail.amount.bankValue) : undefined, testId: "effective-amount" },
    { label: t("date"), value: detail.date.value, source: detail.date.source, bank: detail.date.bankValue, testId: "effective-date" },
    { label: t("merchant"), value: detail.merchantName.value ?? "—", source: detail.merchantName.source, bank: detail.merchantName.bankValue === undefined ? undefined : (detail.merchantName.bankValue ?? "—"), testId: "effective-merchant" },
    { label: t("category"), value: detail.splits.length ? t("split") : (detail.category.value.name ?? t("uncategorized")), source: detail.category.source, testId: "effective-category" },
    { label: t("transfer"), value: detail.isTransfer.value ? (detail.isTransfer.peer ? t("yesWith", { description: detail.isTransfer.peer.description, account: detail.isTransfer.peer.accountName }) : t("yes")) : t("no"), source: detail.isTransfer.source, testId: "effective-transfer" },
    { label: t("inBudgets"), value: detail.excluded.value ? t("excluded") : t("included"), source: detail.excluded.source, testId: "effective-excluded" },
    { label: t("notes"), value: detail.notes.value ?? "—", source: detail.notes.source, testId: "effective-notes" },
  ];

  return (
    <div className="space-y-4">
      <section aria-labelledby="values-heading" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h2 id="values-heading" className="text-lg font-semibold">{t("effectiveValues")}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{detail.description} · {detail.accountName}{detail.pending ? t("pendingSuffix") : ""}</p>
        <table className="mt-3 w-full text-sm">
          <thead className="text-left text-xs uppercase text-slate-500"><tr><th scope="col" className="py-1">{t("colField")}</th><th scope="col">{t("colValue")}</th><th scope="col">{t("colFrom")}</th><th scope="col">{t("colBank")}</th></tr></thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((row) => (
              <tr key={row.label} data-testid={row.testId}>
                <th scope="row" className="py-1.5 text-left font-medium">{row.label}</th>
                <td>{row.value}</td>
                <td>{t(`source.${row.source}`)}</td>
                <td className="text-slate-600 dark:text-slate-400">{row.bank ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {detail.splits.length ? (
          <ul className="mt-2 text-sm" aria-label={t("splitLines")}>
            {detail.splits.map((s, i) => <li key={i}>{s.categoryName ?? t("uncategorized")}: {money(s.amount)}{s.note ? ` (${s.note})` : ""}</li>)}
          </ul>
        ) : null}
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" data-testid="category-explanation">{explainText(detail.category.explanationMessage, detail.category.explanation)}</p>
        {detail.anomalies.map((flag) => <p key={flag.anomalyId} className="mt-1 text-xs text-amber-800 dark:text-amber-300">{explainText({ key: `anomalyKind.${flag.kind}` }, flag.label)}: {explainText(flag.explanationMessage, flag.explanation)}</p>)}
      </section>

      <section aria-labelledby="correct-heading" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h2 id="correct-heading" className="text-lg font-semibold">{t("correctHeading")}</h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">{t("correctHint")}</p>
        <FormError message={error} />
        {status ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{status}</p> : null}
        <div key={formsVersion} className="grid gap-4 md:grid-cols-2">
          <form className="flex items-end gap-2" onSubmit={submit((data) => { const amount = amountOf(String(data.get("amount") ?? ""), "amount"); if (amount !== null) void correct({ field: "amount", amount }, t("amountCorrected")); })}>
            <label className="flex-1 space-y-1"><span className="text-xs font-medium">{t("amountLabel")}</span><input name="amount" required defaultValue={formatMinorAsDecimal(detail.amount.value, detail.currency)} className={INPUT} /></label>
            <Button type="submit" disabled={busy}>{t("saveAmount")}</Button>
          </form>
          <form className="flex items-end gap-2" onSubmit={submit((data) => void correct({ field: "date", date: String(data.get("date") ?? "") }, t("dateCorrected")))}>
            <label className="flex-1 space-y-1"><span className="text-xs font-medium">{t("date")}</span><input name="date" type="date" required defaultValue={detail.date.value} className={INPUT} /></label>
            <Button type="submit" disabled={busy}>{t("saveDate")}</Button>
          </form>
          <form className="flex items-end gap-2" onSubmit={submit((data) => void correct({ field: "merchant", merchantName: String(data.get("merchantName") ?? "") }, t("merchantCorrected")))}>
            <label className="flex-1 space-y-1"><span className="text-xs font-medium">{t("merchant")}</span><input name="merchantName" defaultValue={detail.merchantName.value ?? ""} className={INPUT} /></label>
            <Button type="submit" disabled={busy}>{t("saveMerchant")}</Button>
          </form>
          <form className="flex items-end gap-2" onSubmit={submit((data) => void correct({ field: "category", categoryId: String(data.get("categoryId") ?? "") }, t("categoryCorrected")))}>
            <label className="flex-1 space-y-1"><span className="text-xs font-medium">{t("category")}</span>
              <select name="categoryId" defaultValue={detail.category.value.id ?? ""} className={INPUT}>{detail.category.value.id ? null : <option value="">{t("uncategorized")}</option>}<CategoryOptions categories={categories} /></select>
            </label>
            <Button type="submit" disabled={busy}>{t("saveCategory")}</Button>
          </form>
          <form className="flex items-end gap-2 md:col-span-2" onSubmit={submit((data) => void correct({ field: "notes", notes: String(data.get("notes") ?? "") }, t("notesSaved")))}>
            <label className="flex-1 space-y-1"><span className="text-xs font-medium">{t("notes")}</span><input name="notes" defaultValue={detail.notes.value ?? ""} className={INPUT} /></label>
            <Button type="submit" disabled={busy}>{t("saveNotes")}</Button>
          </form>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={busy} onClick={() => void correct({ field: "transfer", isTransfer: !detail.isTransfer.value }, detail.isTransfer.value ? t("noLongerTransfer") : t("markedTransfer"))}>
            {detail.isTransfer.value ? t("notATransfer") : t("markTransfer")}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={() => void correct({ field: "excluded", excluded: !detail.excluded.value }, detail.excluded.value ? t("includedInBudgets") : t("excludedFromBudgets"))}>
            {detail.excluded.value ? t("includeInBudgets") : t("excludeFromBudgets")}
          </Button>
        </div>
        <form aria-label={t("splitInto")} className="space-y-2 rounded-xl border border-slate-200 p-3 dark:border-slate-800" onSubmit={(event) => {
          event.preventDefault();
          const lines = [];
          for (const [index, line] of splits.entries()) {
            const amount = amountOf(line.amount, `splits.${index}.amount`);
            if (amount === null) return;
            lines.push({ categoryId: line.categoryId || null, amount, ...(line.note ? { note: line.note } : {}) });
          }
          void correct({ field: "split", splits: lines }, t("splitSaved"));
        }}>
          <h3 className="text-sm font-semibold">{t("splitInto")}</h3>
          {splits.map((line, index) => (
            <div key={index} className="grid grid-cols-3 gap-2">
              <label className="space-y-1"><span className="text-xs">{t("lineCategory", { line: index + 1 })}</span>
                <select value={line.categoryId} onChange={(e) => setSplits(splits.map((l, i) => (i === index ? { ...l, categoryId: e.target.value } : l)))} className={INPUT}>
                  <option value="">{t("uncategorized")}</option><CategoryOptions categories={categories} />
                </select>
              </label>
              <label className="space-y-1"><span className="text-xs">{t("lineAmount", { line: index + 1 })}</span>
                <input value={line.amount} onChange={(e) => setSplits(splits.map((l, i) => (i === index ? { ...l, amount: e.target.value } : l)))} className={INPUT} />
              </label>
              <label className="space-y-1"><span className="text-xs">{t("lineNote", { line: index + 1 })}</span>
                <input value={line.note} onChange={(e) => setSplits(splits.map((l, i) => (i === index ? { ...l, note: e.target.value } : l)))} className={INPUT} />
              </label>
            </div>
          ))}
          <div className="flex gap-2">
            <Button type="button" variant="ghost" onClick={() => setSplits([...splits, { categoryId: "", amount: "0", note: "" }])}>{t("addLine")}</Button>
            <Button type="submit" disabled={busy}>{t("saveSplit")}</Button>
          </div>
          <p className="text-xs text-slate-600 dark:text-slate-400">{t("mustAddUp", { amount: money(detail.amount.value) })}</p>
        </form>
      </section>
    </div>
  );
}
