import type { UpdateSettings } from "./settings-input";

/** The settings form's fields as the input object; checkboxes are absent from FormData when unchecked. */
export function parseSettingsForm(form: FormData): Record<keyof UpdateSettings, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    name: text("name"),
    homeCurrency: text("homeCurrency"),
    theme: text("theme"),
    locale: text("locale"),
    timeZone: text("timeZone"),
    notificationPrefs: {
      budgetAlerts: form.get("budgetAlerts") === "on",
      anomalyAlerts: form.get("anomalyAlerts") === "on",
      goalMilestones: form.get("goalMilestones") === "on",
      email: form.get("email") === "on",
    },
  };
}
