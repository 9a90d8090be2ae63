"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { saveBudgetAction } from "@/app/(app)/budgets/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import type { BudgetCategoryOption } from "@/lib/budgets/list-budget-categories";
import type { BudgetFormValues } from "@/lib/budgets/parse-budget-form";
import { useLocale, useTranslations } from "next-intl";

/** Weekday names in the interface language, index 0 = Sunday (2024-01-07 was one). */
function weekdays(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  return [0, 1, 2, 3, 4, 5, 6].map((index) => format.format(new Date(Date.UTC(2024, 0, 7 + index))));
}
const SELECT_CLASS =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900";

export function BudgetForm({
  budgetId, initial, categories, currency,
}: { budgetId: string | null; initial: BudgetFormValues; categories: BudgetCategoryOption[]; currency: string }) {
  const t = useTranslations("budgetForm");
  const locale = useLocale();
  const router = useRouter();
  const ids = useId();
  const [values, setValues] = useState<BudgetFormValues>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof BudgetFormValues>(key: K, value: BudgetFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await saveBudgetAction(budgetId, values);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    router.push(`/budgets/${result.data.id}`);
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="max-w-xl space-y-4" aria-label={budgetId ? t("editBudget") : t("newBudget")}>
      <FormError message={error} />
      <TextField label={t("name")} value={values.name} onChange={(e) => set("name", e.target.value)} required maxLength={80} />
      <div className="space-y-1">
        <label htmlFor={`${ids}-scope`} className="block text-sm font-medium">{t("covers")}</label>
        <select id={`${ids}-scope`} className={SELECT_CLASS} value={values.scope} onChange={(e) => set("scope", e.target.value)}>
          <option value="category">{t("oneCategory")}</option>
          <option value="group">{t("group")}</option>
          <option value="total">{t("total")}</option>
        </select>
      </div>
      {values.scope === "category" ? (
        <div className="space-y-1">
          <label htmlFor={`${ids}-category`} className="block text-sm font-medium">{t("category")}</label>
          <select id={`${ids}-category`} className={SELECT_CLASS} value={values.categoryIds[0] ?? ""} onChange={(e) => set("categoryIds", e.target.value ? [e.target.value] : [])}>
            <option value="">{t("chooseCategory")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>{c.label}</option>
            ))}
          </select>
        </div>
      ) : null}
      {values.scope === "group" ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{t("categories")}</legend>
          <div className="grid max-h-56 grid-cols-1 gap-1 overflow-y-auto rounded-lg border border-slate-300 p-2 sm:grid-cols-2 dark:border-slate-700">
            {categories.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={values.categoryIds.includes(c.id)}
                  onChange={(e) => set("categoryIds", e.target.checked ? [...values.categoryIds, c.id] : values.categoryIds.filter((id) => id !== c.id))}
                />
                {c.label}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${ids}-period`} className="block text-sm font-medium">{t("period")}</label>
          <select id={`${ids}-period`} className={SELECT_CLASS} value={values.period} onChange={(e) => set("period", e.target.value)}>
            <option value="weekly">{t("weekly")}</option>
            <option value="monthly">{t("monthly")}</option>
            <option value="quarterly">{t("quarterly")}</option>
            <option value="yearly">{t("yearly")}</option>
          </select>
        </div>
        {values.period === "weekly" ? (
          <div className="space-y-1">
            <label htmlFor={`${ids}-week`} className="block text-sm font-medium">{t("weekStartsOn")}</label>
            <select id={`${ids}-week`} className={SELECT_CLASS} value={values.weekStart} onChange={(e) => set("weekStart", e.target.value)}>
              {weekdays(locale).map((day, index) => (
                <option key={day} value={String(index)}>{day}</option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <TextField label={t("amount", { currency })} inputMode="decimal" value={values.amount} onChange={(e) => set("amount", e.target.value)} required hint={t("amountHint")} />
      <TextField label={t("thresholds")} value={values.thresholds} onChange={(e) => set("thresholds", e.target.value)} hint={t("thresholdsHint")} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={values.rollover} onChange={(e) => set("rollover", e.target.checked)} />
        {t("rollover")}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={values.includePending} onChange={(e) => set("includePending", e.target.checked)} />
        {t("includePending")}
      </label>
      <div className="flex gap-3">
        <Button type="submit" disabled={busy}>{busy ? t("saving") : budgetId ? t("save") : t("create")}</Button>
        <Button type="button" variant="secondary" onClick={() => router.back()}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
