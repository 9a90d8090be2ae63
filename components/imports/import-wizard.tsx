"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { describeOversizedFile, MAX_IMPORT_BYTES } from "@/lib/import-jobs/import-limits";
import type { ImportPreview } from "@/lib/import-jobs/preview-import";
import { describeRejection } from "@/lib/imports/describe-rejection";
import { convertCsvRow } from "@/lib/imports/parse-csv";
import type { CsvMapping } from "@/lib/imports/suggest-csv-mapping";
import { formatDate } from "@/lib/i18n/format-date";
import { formatMinorAsDecimal } from "@/lib/money";

interface AccountOption { id: string; name: string; currency: string }

const NEW_ACCOUNT = "new";
const NONE = "";
const ACCOUNT_TYPES = ["checking", "savings", "credit_card", "cash", "loan", "investment"] as const;

async function errorMessage(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? fallback;
}

/** Upload → (create account) → preview and mapping → confirm; the import then runs as a job with its own page. */
export function ImportWizard({ accounts, homeCurrency }: { accounts: AccountOption[]; homeCurrency: string }) {
  const t = useTranslations("importWizard");
  const router = useRouter();
  const [accountList, setAccountList] = useState(accounts);
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? NEW_ACCOUNT);
  const [newName, setNewName] = useState("");
  const [newType, setNewType] = useState("checking");
  const [newCurrency, setNewCurrency] = useState(homeCurrency);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [format, setFormat] = useState("auto");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function chooseFile(chosen: File | null) {
    setPreview(null);
    setMapping(null);
    setError(null);
    if (chosen && chosen.size > MAX_IMPORT_BYTES) {
      setFile(null);
      setFileError(describeOversizedFile(chosen.name, chosen.size));
      return;
    }
    setFileError(null);
    setFile(chosen);
  }

  async function ensureAccount(): Promise<string | null> {
    if (accountId !== NEW_ACCOUNT) return accountId;
    const response = await fetch("/api/accounts/manual", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: newName, type: newType, currency: newCurrency.trim().toUpperCase(), openingBalance: "0" }),
    });
    if (!response.ok) {
      setError(await errorMessage(response, t("accountNotCreated")));
      return null;
    }
    const { account } = (await response.json()) as { account: AccountOption };
    setAccountList((list) => [...list, { id: account.id, name: account.name, currency: account.currency.trim() }]);
    setAccountId(account.id);
    return account.id;
  }

  function form(target: string, withMapping: boolean): FormData | null {
    if (!file) return null;
    const data = new FormData();
    data.set("file", file);
    data.set("accountId", target);
    data.set("format", format);
    if (withMapping && mapping) data.set("mapping", JSON.stringify(mapping));
    return data;
  }

  async function loadPreview(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!file) {
      setFileError(fileError ?? t("chooseFile"));
      return;
    }
    setBusy(true);
    try {
      const target = await ensureAccount();
      const data = target ? form(target, false) : null;
      if (!data) return;
      const response = await fetch("/api/imports/preview", { method: "POST", body: data });
      if (!response.ok) {
        setError(await errorMessage(response, t("unreadable")));
        return;
      }
      const body = (await response.json()) as { preview: ImportPreview };
      setPreview(body.preview);
      setMapping(body.preview.csv?.mapping ?? null);
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    setError(null);
    const data = form(accountId, true);
    if (!data) return;
    setBusy(true);
    try {
      const response = await fetch("/api/imports", { method: "POST", body: data });
      if (!response.ok) {
        setError(await errorMessage(response, t("notStarted")));
        return;
      }
      const { job } = (await response.json()) as { job: { id: string } };
      router.push(`/imports/${job.id}`);
    } finally {
      setBusy(false);
    }
  }

  const accountOptions = [...accountList.map((a) => ({ value: a.id, label: `${a.name} (${a.currency})` })), { value: NEW_ACCOUNT, label: t("newAccountOption") }];
  return (
    <div className="space-y-6">
      <Card title={t("step1")}>
        <form onSubmit={loadPreview} className="grid gap-4 sm:grid-cols-2" noValidate>
          <SelectField label={t("importInto")} options={accountOptions} value={accountId} onChange={(e) => { setAccountId(e.target.value); setPreview(null); }} />
          <SelectField label={t("fileFormat")} options={[{ value: "auto", label: t("detect") }, { value: "csv", label: "CSV" }, { value: "ofx", label: "OFX / QFX" }, { value: "qif", label: "QIF" }, { value: "camt053", label: "camt.053 (XML)" }]} value={format} onChange={(e) => { setFormat(e.target.value); setPreview(null); }} />
          {accountId === NEW_ACCOUNT ? (
            <>
              <TextField label={t("newAccountName")} value={newName} onChange={(e) => setNewName(e.target.value)} required />
              <SelectField label={t("accountType")} options={ACCOUNT_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))} value={newType} onChange={(e) => setNewType(e.target.value)} />
              <TextField label={t("accountCurrency")} value={newCurrency} onChange={(e) => setNewCurrency(e.target.value)} maxLength={3} hint={t("currencyHint")} />
            </>
          ) : null}
          <TextField
            label={t("statementFile")}
            type="file"
            accept=".csv,.txt,.ofx,.qfx,.qif,.xml"
            onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
            error={fileError ?? undefined}
            hint={t("fileHint")}
          />
          <div className="flex items-end sm:col-span-2">
            <Button type="submit" disabled={busy}>{busy && !preview ? t("reading") : t("preview")}</Button>
          </div>
        </form>
      </Card>
      <FormError message={error} />
      {preview ? (
        <PreviewPanel preview={preview} mapping={mapping} onMapping={setMapping} busy={busy} onConfirm={confirm} />
      ) : null}
    </div>
  );
}

function PreviewPanel({ preview, mapping, onMapping, busy, onConfirm }: { preview: ImportPreview; mapping: CsvMapping | null; onMapping: (m: CsvMapping) => void; busy: boolean; onConfirm: () => void }) {
  const t = useTranslations("importWizard");
  const tr = useTranslations("rejections");
  const locale = useLocale();
  return (
    <Card title={t("step2")}>
      <div className="space-y-4" data-testid="import-preview">
        <p className="text-sm">
          <strong>{preview.fileName}</strong>: {preview.format === "camt053" ? "camt.053" : preview.format.toUpperCase()}, {t("summary", { count: preview.transactions })}
          {preview.dateRange ? t("dateRange", { from: formatDate(preview.dateRange.from, locale), to: formatDate(preview.dateRange.to, locale) }) : ""}
          {preview.rejectedCount ? t("setAsideCount", { count: preview.rejectedCount }) : ""}.
        </p>
        {preview.warnings.length ? <ul className="list-disc pl-5 text-sm text-slate-600 dark:text-slate-400">{preview.warnings.map((w) => <li key={w}>{w}</li>)}</ul> : null}
        {preview.csv && mapping ? <MappingEditor csv={preview.csv} mapping={mapping} onChange={onMapping} /> : <SampleTable rows={preview.sample} />}
        {preview.rejected.length ? (
          <div>
            <h3 className="text-sm font-semibold">{t("rowsSetAside")}</h3>
            <ul className="mt-1 text-sm text-slate-700 dark:text-slate-300">{preview.rejected.slice(0, 10).map((r) => <li key={`${r.line}-${r.reason}`}>{t("lineReason", { line: r.line, reason: describeRejection(r, tr) })}</li>)}</ul>
          </div>
        ) : null}
        <Button onClick={onConfirm} disabled={busy}>{busy ? t("starting") : t("import")}</Button>
      </div>
    </Card>
  );
}

function SampleTable({ rows }: { rows: ImportPreview["sample"] }) {
  const t = useTranslations("importWizard");
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="preview-rows">
        <thead className="text-xs text-slate-600 uppercase dark:text-slate-400"><tr><th className="py-1 pr-4">{t("colLine")}</th><th className="py-1 pr-4">{t("colDate")}</th><th className="py-1 pr-4">{t("colDescription")}</th><th className="py-1 text-right">{t("colAmount")}</th></tr></thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.line}-${i}`} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1 pr-4 tabular-nums">{row.line ?? "—"}</td><td className="py-1 pr-4">{row.date}</td><td className="py-1 pr-4">{row.description}</td>
              <td className="py-1 text-right tabular-nums">{formatMinorAsDecimal(row.amount, row.currency)} {row.currency}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type ColumnKey = "date" | "amount" | "debit" | "credit";

/** The mapping step: every change re-applies the mapping to the first rows right here, as they will be imported. */
function MappingEditor({ csv, mapping, onChange }: { csv: NonNullable<ImportPreview["csv"]>; mapping: CsvMapping; onChange: (m: CsvMapping) => void }) {
  const t = useTranslations("importWizard");
  const tr = useTranslations("rejections");
  const columnOptions = csv.headers.map((h, i) => ({ value: String(i), label: h || t("column", { number: i + 1 }) }));
  const optional = [{ value: NONE, label: t("none") }, ...columnOptions];
  const setColumn = (key: ColumnKey, value: string) => {
    const columns = { ...mapping.columns };
    if (key === "date") columns.date = Number(value);
    else if (value === NONE) delete columns[key];
    else columns[key] = Number(value);
    onChange({ ...mapping, columns });
  };
  const rows = useMemo(() => csv.rows.map((row) => ({ row, result: convertCsvRow(row, mapping) })), [csv.rows, mapping]);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="mapping-source">
        {csv.mappingSource === "saved" ? t("savedMapping") : t("suggestedMapping")}
      </p>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("dateColumn")} options={columnOptions} value={String(mapping.columns.date)} onChange={(e) => setColumn("date", e.target.value)} />
        <SelectField label={t("descriptionColumn")} options={columnOptions} value={String(mapping.columns.description[0] ?? 0)} onChange={(e) => onChange({ ...mapping, columns: { ...mapping.columns, description: [Number(e.target.value)] } })} />
        <SelectField label={t("amountColumn")} options={optional} value={mapping.columns.amount === undefined ? NONE : String(mapping.columns.amount)} onChange={(e) => setColumn("amount", e.target.value)} />
        <SelectField label={t("moneyOutColumn")} options={optional} value={mapping.columns.debit === undefined ? NONE : String(mapping.columns.debit)} onChange={(e) => setColumn("debit", e.target.value)} />
        <SelectField label={t("moneyInColumn")} options={optional} value={mapping.columns.credit === undefined ? NONE : String(mapping.columns.credit)} onChange={(e) => setColumn("credit", e.target.value)} />
        <SelectField label={t("dateOrder")} options={[{ value: "dmy", label: t("dmy") }, { value: "mdy", label: t("mdy") }, { value: "ymd", label: t("ymd") }]} value={mapping.dateOrder} onChange={(e) => onChange({ ...mapping, dateOrder: e.target.value as CsvMapping["dateOrder"] })} />
        <SelectField label={t("decimalSeparator")} options={[{ value: ".", label: t("point") }, { value: ",", label: t("comma") }]} value={mapping.decimalSeparator} onChange={(e) => onChange({ ...mapping, decimalSeparator: e.target.value as CsvMapping["decimalSeparator"] })} />
        <TextField label={t("currency")} value={mapping.currency} maxLength={3} onChange={(e) => { const v = e.target.value.toUpperCase(); if (/^[A-Z]{3}$/.test(v)) onChange({ ...mapping, currency: v }); }} hint={t("currencyColumnHint")} />
        <label className="flex items-center gap-2 self-end text-sm font-medium">
          <input type="checkbox" className="h-4 w-4 rounded focus-visible:outline-2 focus-visible:outline-brand-500" checked={mapping.flipSign} onChange={(e) => onChange({ ...mapping, flipSign: e.target.checked })} />
          {t("flipSign")}
        </label>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="preview-rows">
          <thead className="text-xs text-slate-600 uppercase dark:text-slate-400"><tr><th className="py-1 pr-4">{t("colLine")}</th><th className="py-1 pr-4">{t("colDate")}</th><th className="py-1 pr-4">{t("colDescription")}</th><th className="py-1 text-right">{t("colAmount")}</th></tr></thead>
          <tbody>
            {rows.map(({ row, result }) => (
              <tr key={row.line} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1 pr-4 tabular-nums">{row.line}</td>
                {"reason" in result ? (
                  <td colSpan={3} className="py-1 text-red-700 dark:text-red-400">{t("setAside", { reason: describeRejection(result, tr) })}</td>
                ) : (
                  <>
                    <td className="py-1 pr-4">{result.date}</td><td className="py-1 pr-4">{result.description}</td>
                    <td className="py-1 text-right tabular-nums">{formatMinorAsDecimal(result.amount, result.currency)} {result.currency}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
