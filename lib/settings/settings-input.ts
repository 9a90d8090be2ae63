import { z } from "zod";
import { CurrencyInput } from "@/lib/exchange-rates/rate-input";

/** The shape of User.notificationPrefs; missing flags take these defaults, unknown keys are refused. */
export const NotificationPrefsSchema = z
  .object({
    budgetAlerts: z.boolean({ error: "must be true or false" }).default(true),
    anomalyAlerts: z.boolean({ error: "must be true or false" }).default(true),
    goalMilestones: z.boolean({ error: "must be true or false" }).default(true),
    email: z.boolean({ error: "must be true or false" }).default(false),
  })
  .strict();

export type NotificationPrefs = z.infer<typeof NotificationPrefsSchema>;

export const NOTIFICATION_LABELS: Record<keyof NotificationPrefs, string> = {
  budgetAlerts: "Budget thresholds",
  anomalyAlerts: "Unusual transactions",
  goalMilestones: "Goal milestones",
  email: "Also send alerts by e-mail",
};

/** Stored JSON from older rows or other writers: keep what is valid, default the rest. */
export function readNotificationPrefs(value: unknown): NotificationPrefs {
  const source = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const defaults = NotificationPrefsSchema.parse({});
  const pick = (key: keyof NotificationPrefs) => (typeof source[key] === "boolean" ? (source[key] as boolean) : defaults[key]);
  return { budgetAlerts: pick("budgetAlerts"), anomalyAlerts: pick("anomalyAlerts"), goalMilestones: pick("goalMilestones"), email: pick("email") };
}

/** Locales the settings page offers; any other BCP 47 tag Intl supports is accepted from the API. */
export const SUGGESTED_LOCALES = [
  { tag: "en-US", label: "English (United States)" },
  { tag: "en-GB", label: "English (United Kingdom)" },
  { tag: "en-IN", label: "English (India)" },
  { tag: "de-DE", label: "Deutsch (Deutschland)" },
  { tag: "fr-FR", label: "Français (France)" },
  { tag: "es-ES", label: "Español (España)" },
  { tag: "ja-JP", label: "日本語 (日本)" },
  { tag: "pt-BR", label: "Português (Brasil)" },
] as const;

export const SUGGESTED_CURRENCIES = ["USD", "EUR", "GBP", "INR", "JPY", "CAD", "AUD", "CHF", "BRL"] as const;

const LocaleInput = z
  .string({ error: "must be a language tag such as en-US" })
  .trim()
  .refine((value) => {
    try {
      return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) && Intl.NumberFormat.supportedLocalesOf([value]).length === 1;
    } catch {
      return false;
    }
  }, "must be a language tag such as en-US");

const TimeZoneInput = z
  .string({ error: "must be a time zone such as Europe/Berlin" })
  .trim()
  .refine((value) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: value });
      return value.length > 0;
    } catch {
      return false;
    }
  }, "must be a time zone such as Europe/Berlin");

/** Every field optional so the API can PATCH one setting; the form sends them all. */
export const UpdateSettingsInput = z
  .object({
    name: z.string({ error: "is required" }).trim().min(1, "is required").max(100, "must be at most 100 characters"),
    homeCurrency: z.string({ error: "must be a three-letter ISO 4217 currency code" }).pipe(CurrencyInput),
    theme: z.enum(["light", "dark", "system"], { error: "must be light, dark or system" }),
    locale: LocaleInput,
    timeZone: TimeZoneInput,
    notificationPrefs: NotificationPrefsSchema,
  })
  .partial()
  .strict();

export type UpdateSettings = z.infer<typeof UpdateSettingsInput>;
