import { describe, expect, it } from "vitest";
import { parseSettingsForm } from "./parse-settings-form";
import { readNotificationPrefs, UpdateSettingsInput } from "./settings-input";

describe("UpdateSettingsInput", () => {
  it("accepts a full form and normalizes the currency", () => {
    expect(UpdateSettingsInput.parse({ name: " Ada ", homeCurrency: "eur", theme: "dark", locale: "de-DE", timeZone: "Europe/Berlin", notificationPrefs: { email: true } })).toEqual({
      name: "Ada", homeCurrency: "EUR", theme: "dark", locale: "de-DE", timeZone: "Europe/Berlin",
      notificationPrefs: { budgetAlerts: true, anomalyAlerts: true, goalMilestones: true, email: true },
    });
  });

  it.each([
    [{ name: "" }, "name", "is required"],
    [{ homeCurrency: "DOLLARS" }, "homeCurrency", "must be a three-letter ISO 4217 currency code"],
    [{ theme: "sepia" }, "theme", "must be light, dark or system"],
    [{ locale: "not a locale" }, "locale", "must be a language tag such as en-US"],
    [{ timeZone: "Mars/Olympus" }, "timeZone", "must be a time zone such as Europe/Berlin"],
    [{ notificationPrefs: { email: "yes" } }, "notificationPrefs.email", "must be true or false"],
  ])("refuses %j naming the field", (input, field, message) => {
    const result = UpdateSettingsInput.safeParse(input);
    expect(result.success).toBe(false);
    expect([result.error?.issues[0]?.path.join("."), result.error?.issues[0]?.message]).toEqual([field, message]);
  });

  it("refuses unknown notification flags", () => {
    expect(UpdateSettingsInput.safeParse({ notificationPrefs: { sms: true } }).success).toBe(false);
  });
});

describe("readNotificationPrefs", () => {
  it("keeps valid stored flags and defaults the rest", () => {
    expect(readNotificationPrefs({ email: true, budgetAlerts: "no", junk: 1 })).toEqual({ budgetAlerts: true, anomalyAlerts: true, goalMilestones: true, email: true });
    expect(readNotificationPrefs(null)).toEqual({ budgetAlerts: true, anomalyAlerts: true, goalMilestones: true, email: false });
  });
});

describe("parseSettingsForm", () => {
  it("reads unchecked boxes as false", () => {
    const form = new FormData();
    form.set("name", "Ada");
    form.set("budgetAlerts", "on");
    expect(parseSettingsForm(form).notificationPrefs).toEqual({ budgetAlerts: true, anomalyAlerts: false, goalMilestones: false, email: false });
  });
});
