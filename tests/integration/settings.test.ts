import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettings } from "@/lib/settings/update-settings";
import { createUser } from "../helpers/factories";

describe("settings", () => {
  it("saves every setting, audits the change and reads back validated notification prefs", async () => {
    const ada = await createUser("Ada");
    expect(await getSettings(ada.id)).toMatchObject({ name: "Ada", homeCurrency: "USD", theme: "system", locale: "en-US", notificationPrefs: { budgetAlerts: true, email: false } });
    const saved = await updateSettings(ada.id, { name: "Ada L.", homeCurrency: "gbp", theme: "dark", locale: "en-GB", timeZone: "Europe/London", notificationPrefs: { budgetAlerts: false, anomalyAlerts: true, goalMilestones: true, email: true } }, { requestId: "req-1" });
    expect(saved).toEqual({
      name: "Ada L.", email: ada.email, homeCurrency: "GBP", theme: "dark", locale: "en-GB", timeZone: "Europe/London",
      notificationPrefs: { budgetAlerts: false, anomalyAlerts: true, goalMilestones: true, email: true },
    });
    expect(await getSettings(ada.id)).toEqual(saved);
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { userId: ada.id, action: "settings.update" } });
    expect(audit).toMatchObject({ actor: `user:${ada.id}`, entityId: ada.id, requestId: "req-1", before: { theme: "system", homeCurrency: "USD" }, after: { theme: "dark", homeCurrency: "GBP" } });
  });

  it("changes one field at a time and leaves another user's settings alone", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    await updateSettings(bob.id, { theme: "light", name: "Bobby" });
    expect(await getSettings(bob.id)).toMatchObject({ theme: "light", name: "Bobby", homeCurrency: "USD" });
    expect(await getSettings(alice.id)).toMatchObject({ theme: "system", name: "Alice" });
  });

  it("refuses bad input with a 422 naming the field and changes nothing", async () => {
    const user = await createUser("Grace");
    for (const [input, message] of [
      [{ homeCurrency: "XYZQ" }, "homeCurrency: must be a three-letter ISO 4217 currency code"],
      [{ theme: "neon" }, "theme: must be light, dark or system"],
      [{ name: "   " }, "name: is required"],
      [{ notificationPrefs: { email: "always" } }, "notificationPrefs.email: must be true or false"],
      [{ role: "admin" }, 'Unrecognized key: "role"'],
    ] as const) {
      const { status, body } = toErrorResponse(await updateSettings(user.id, input).catch((e: unknown) => e));
      expect([status, body.error.message]).toEqual([422, message]);
    }
    expect(await getSettings(user.id)).toMatchObject({ name: "Grace", theme: "system", homeCurrency: "USD" });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("user");
  });
});
