"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveSettingsAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { UserSettings } from "@/lib/settings/get-settings";
import { NOTIFICATION_LABELS, SUGGESTED_CURRENCIES, SUGGESTED_LOCALES, type NotificationPrefs } from "@/lib/settings/settings-input";

/** The field a server message names ("locale: must be …"), so the error shows beside that input too. */
function fieldOf(message: string | undefined): string | undefined {
  return message?.split(":")[0]?.split(".")[0];
}

export function SettingsForm({ settings, timeZones }: { settings: UserSettings; timeZones: string[] }) {
  const t = useTranslations("settings");
  const [state, action, pending] = useActionState(saveSettingsAction, null);
  const current = state?.ok ? state.data : settings;
  const error = state && !state.ok ? state.error.message : undefined;
  // A translated message names the field in the reader's language; `field` still says which input it is.
  const errorField = state && !state.ok ? (state.error.field?.split(".")[0] ?? fieldOf(error)) : undefined;
  const errorFor = (field: string) => (errorField === field ? error?.slice(error.indexOf(":") + 1).trim() : undefined);
  const currencies = [...new Set([current.homeCurrency, ...SUGGESTED_CURRENCIES])].map((c) => ({ value: c, label: c }));
  const locales = SUGGESTED_LOCALES.some((l) => l.tag === current.locale) ? SUGGESTED_LOCALES : [{ tag: current.locale, label: current.locale }, ...SUGGESTED_LOCALES];
  const sample = new Intl.NumberFormat(current.locale, { style: "currency", currency: current.homeCurrency }).format(1234.5);
  return (
    // React resets a form after its action succeeds; a new key remounts it with the saved values as defaults.
    <form key={state?.ok ? JSON.stringify(state.data) : "loaded"} action={action} className="space-y-8" noValidate>
      <FormError message={error} />
      {state?.ok ? <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">{t("saved")}</p> : null}
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">{t("profile")}</legend>
        <TextField label={t("name")} name="name" defaultValue={current.name} required maxLength={100} autoComplete="name" error={errorFor("name")} />
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("signedInAs", { email: current.email })}</p>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("moneyAndLanguage")}</legend>
        <SelectField label={t("homeCurrency")} name="homeCurrency" defaultValue={current.homeCurrency} options={currencies} hint={t("homeCurrencyHint")} error={errorFor("homeCurrency")} />
        <SelectField label={t("language")} name="locale" defaultValue={current.locale} options={locales.map((l) => ({ value: l.tag, label: l.label }))} hint={t("languageHint", { sample })} error={errorFor("locale")} />
        <SelectField label={t("timeZone")} name="timeZone" defaultValue={current.timeZone} options={timeZones.map((z) => ({ value: z, label: z }))} hint={t("timeZoneHint")} error={errorFor("timeZone")} />
        <SelectField label={t("theme")} name="theme" defaultValue={current.theme} options={[{ value: "system", label: t("themeSystem") }, { value: "light", label: t("themeLight") }, { value: "dark", label: t("themeDark") }]} error={errorFor("theme")} />
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-2 text-base font-semibold">{t("notifications")}</legend>
        {(Object.keys(NOTIFICATION_LABELS) as (keyof NotificationPrefs)[]).map((key) => (
          <div key={key} className="flex items-center gap-2">
            <input id={`pref-${key}`} type="checkbox" name={key} defaultChecked={current.notificationPrefs[key]} className="h-4 w-4 rounded border-slate-400 focus-visible:outline-2 focus-visible:outline-brand-500" />
            <label htmlFor={`pref-${key}`} className="text-sm">{t(`notify.${key}`)}</label>
          </div>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending}>{pending ? t("saving") : t("submit")}</Button>
    </form>
  );
}
