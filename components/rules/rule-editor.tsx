"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CategoryOptionsByKey } from "@/components/rules/category-options-by-key";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import type { CategoryView } from "@/lib/categories/list-categories";
import type { Condition, RuleAction } from "@/lib/categorize/rule-schema";
import type { RuleView } from "@/lib/categorize/rules/list-rules";
import { formatMinorAsDecimal, parseDecimalToMinor } from "@/lib/money";

type Field = "description" | "merchant" | "bank_category" | "amount";
type Operator = "contains" | "equals" | "starts_with" | "regex";

interface ConditionDraft {
  field: Field;
  operator: Operator;
  value: string;
  min: string;
  max: string;
  direction: "" | "debit" | "credit";
}

const EMPTY: ConditionDraft = { field: "description", operator: "contains", value: "", min: "", max: "", direction: "" };
const SELECT_CLASS = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900";

function toDraft(condition: Condition): ConditionDraft {
  if (condition.type === "amount") {
    return { ...EMPTY, field: "amount", direction: condition.direction ?? "", min: condition.min === undefined ? "" : formatMinorAsDecimal(condition.min, "USD"), max: condition.max === undefined ? "" : formatMinorAsDecimal(condition.max, "USD") };
  }
  if (condition.type === "account") return EMPTY;
  return { ...EMPTY, field: condition.type, operator: condition.operator, value: condition.value };
}

/** Amounts are typed in major units; the rule stores minor units. Text that is not an amount is sent as-is so the server names the field. */
function toMinor(text: string): number | string | undefined {
  if (text.trim() === "") return undefined;
  try {
    return parseDecimalToMinor(text, "USD");
  } catch {
    return text;
  }
}

function toCondition(draft: ConditionDraft): unknown {
  if (draft.field === "amount") {
    return { type: "amount", min: toMinor(draft.min), max: toMinor(draft.max), direction: draft.direction || undefined };
  }
  return { type: draft.field, operator: draft.operator, value: draft.value };
}

export function RuleEditor({ rule, categories, onSaved, onCancel }: { rule: RuleView | null; categories: CategoryView[]; onSaved: () => void; onCancel?: () => void }) {
  const t = useTranslations("ruleEditor");
  /** The first condition's labels are plain ("Field"), later ones numbered ("Field 2"). */
  const numbered = (label: string, index: number) => (index === 0 ? label : t("numbered", { label, number: index + 1 }));
  const setCategory = rule?.actions.find((a): a is Extract<RuleAction, { type: "set_category" }> => a.type === "set_category");
  const [name, setName] = useState(rule?.name ?? "");
  const [conditions, setConditions] = useState<ConditionDraft[]>(rule ? rule.conditions.map(toDraft) : [EMPTY]);
  const [categoryKey, setCategoryKey] = useState(setCategory?.categoryKey ?? "");
  const [markTransfer, setMarkTransfer] = useState(rule?.actions.some((a) => a.type === "mark_transfer") ?? false);
  const [exclude, setExclude] = useState(rule?.actions.some((a) => a.type === "exclude") ?? false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function payload() {
    const actions: unknown[] = [];
    if (categoryKey) actions.push({ type: "set_category", categoryKey });
    if (markTransfer) actions.push({ type: "mark_transfer" });
    if (exclude) actions.push({ type: "exclude" });
    return { name, conditions: conditions.map(toCondition), actions };
  }

  function update(index: number, patch: Partial<ConditionDraft>) {
    setPreview(null);
    setConditions((current) => current.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));
  }

  async function call(url: string, method: string, body: unknown): Promise<unknown> {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const parsed = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      if (!response.ok) {
        setError(parsed?.error?.message ?? t("genericError"));
        return null;
      }
      return parsed;
    } finally {
      setBusy(false);
    }
  }

  async function runPreview() {
    const result = (await call("/api/rules/preview", "POST", { rule: payload(), ...(rule ? { ruleId: rule.id } : {}) })) as { preview: { wouldChange: number } } | null;
    if (result) setPreview(t("wouldChange", { count: result.preview.wouldChange }));
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const result = await call(rule ? `/api/rules/${rule.id}` : "/api/rules", rule ? "PATCH" : "POST", payload());
    if (result) onSaved();
  }

  return (
    <form onSubmit={(event) => void save(event)} className="space-y-4" noValidate>
      <FormError message={error} />
      <TextField label={t("ruleName")} value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("whenAll")}</legend>
        {conditions.map((draft, index) => (
          <div key={index} className="grid gap-2 rounded-xl border border-slate-200 p-3 sm:grid-cols-3 dark:border-slate-800">
            <label className="text-xs">
              {numbered(t("field"), index)}
              <select aria-label={numbered(t("field"), index)} className={SELECT_CLASS} value={draft.field} onChange={(event) => update(index, { field: event.target.value as Field })}>
                <option value="description">{t("description")}</option>
                <option value="merchant">{t("merchant")}</option>
                <option value="bank_category">{t("bankCategory")}</option>
                <option value="amount">{t("amount")}</option>
              </select>
            </label>
            {draft.field === "amount" ? (
              <>
                <label className="text-xs">
                  {numbered(t("direction"), index)}
                  <select aria-label={numbered(t("direction"), index)} className={SELECT_CLASS} value={draft.direction} onChange={(event) => update(index, { direction: event.target.value as ConditionDraft["direction"] })}>
                    <option value="">{t("either")}</option>
                    <option value="debit">{t("moneyOut")}</option>
                    <option value="credit">{t("moneyIn")}</option>
                  </select>
                </label>
                <div className="grid grid-cols-2 gap-2">
                  <TextField label={numbered(t("atLeast"), index)} inputMode="decimal" value={draft.min} onChange={(event) => update(index, { min: event.target.value })} />
                  <TextField label={numbered(t("atMost"), index)} inputMode="decimal" value={draft.max} onChange={(event) => update(index, { max: event.target.value })} />
                </div>
              </>
            ) : (
              <>
                <label className="text-xs">
                  {numbered(t("match"), index)}
                  <select aria-label={numbered(t("match"), index)} className={SELECT_CLASS} value={draft.operator} onChange={(event) => update(index, { operator: event.target.value as Operator })}>
                    <option value="contains">{t("contains")}</option>
                    <option value="equals">{t("equals")}</option>
                    <option value="starts_with">{t("startsWith")}</option>
                    <option value="regex">{t("regex")}</option>
                  </select>
                </label>
                <TextField label={numbered(t("text"), index)} value={draft.value} onChange={(event) => update(index, { value: event.target.value })} />
              </>
            )}
            {conditions.length > 1 ? (
              <Button type="button" variant="ghost" className="sm:col-span-3" onClick={() => setConditions((current) => current.filter((_, i) => i !== index))}>
                {t("removeCondition", { number: index + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        <Button type="button" variant="secondary" onClick={() => setConditions((current) => [...current, EMPTY])}>{t("addCondition")}</Button>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("then")}</legend>
        <label className="block text-sm" htmlFor="rule-category">{t("setCategory")}</label>
        <select id="rule-category" className={SELECT_CLASS} value={categoryKey} onChange={(event) => { setPreview(null); setCategoryKey(event.target.value); }}>
          <option value="">{t("leaveCategory")}</option>
          <CategoryOptionsByKey categories={categories} />
        </select>
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={markTransfer} onChange={(event) => setMarkTransfer(event.target.checked)} /> {t("markTransfer")}</label>
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" checked={exclude} onChange={(event) => setExclude(event.target.checked)} /> {t("exclude")}</label>
      </fieldset>
      {preview ? <p role="status" data-testid="rule-preview" className="text-sm font-medium">{preview}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={busy} onClick={() => void runPreview()}>{t("preview")}</Button>
        <Button type="submit" disabled={busy}>{t("saveRule")}</Button>
        {onCancel ? <Button type="button" variant="ghost" onClick={onCancel}>{t("cancel")}</Button> : null}
      </div>
    </form>
  );
}
