import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countUnreadAlerts, listAlerts } from "@/lib/alerts/list-alerts";
import { createBudget } from "@/lib/budgets/save-budget";
import { prisma } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { listOutbox } from "@/lib/mail/mail-outbox";
import { createManualTransaction } from "@/lib/manual-transactions/create-manual-transaction";
import { subscribeUserEvents, type UserEvent } from "@/lib/redis/event-bus";
import { updateSettings } from "@/lib/settings/update-settings";
import { createWebhookEndpoint } from "@/lib/webhooks/webhook-endpoints";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { createManualAccount, createUser } from "../helpers/factories";

const hits: string[] = [];
const receiver = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    hits.push(req.url ?? "");
    res.writeHead(200).end();
  });
});
let base = "";
beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = "on";
  resetEnvCache();
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  resetEnvCache();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the budgetAlerts notification preference", () => {
  it("when off, a breach is recorded (already read) but no toast event, webhook or e-mail goes out; when on again, the next threshold notifies", async () => {
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const user = await createUser("Quiet Quinn");
    const accountId = await createManualAccount(user.id);
    const dining = await prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: "food_and_dining" } });
    await createBudget(user.id, { name: "Dining", scope: "category", categoryIds: [dining.id], period: "monthly", amount: 10_000 }, { now });
    await createWebhookEndpoint(user.id, { url: `${base}/quinn` });
    const events: UserEvent[] = [];
    const unsubscribe = await subscribeUserEvents(user.id, (event) => events.push(event));
    try {
      await updateSettings(user.id, { notificationPrefs: { budgetAlerts: false, anomalyAlerts: true, goalMilestones: true, email: true } });
      const expense = { kind: "expense", accountId, date: today, description: "Dinner", categoryId: dining.id };
      await createManualTransaction(user.id, { ...expense, amount: "85.00" }, now);

      const muted = await listAlerts(user.id);
      expect(muted.map((a) => [a.title, a.readAt === null])).toEqual([["Dining budget at 80%", false]]);
      expect(await countUnreadAlerts(user.id)).toBe(0);
      // Webhooks are fired without being awaited: give a stray one time to arrive before asserting none did.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(events.filter((e) => e.type === "alert.created")).toEqual([]);
      expect(hits).toEqual([]);
      expect(await listWebhookDeliveries(user.id)).toEqual([]);
      expect(listOutbox().filter((mail) => mail.to === user.email)).toEqual([]);

      await updateSettings(user.id, { notificationPrefs: { budgetAlerts: true, anomalyAlerts: true, goalMilestones: true, email: true } });
      await createManualTransaction(user.id, { ...expense, amount: "20.00" }, now);
      await until(() => events.some((e) => e.type === "alert.created"));
      expect(events.filter((e) => e.type === "alert.created").map((e) => (e.data as { title: string }).title)).toEqual(["Dining budget reached"]);
      await until(() => hits.length === 1);
      expect(hits).toEqual(["/quinn"]);
      // Alert e-mail is on, so the same alert also goes out by mail (to the outbox in tests).
      await until(() => listOutbox().some((mail) => mail.to === user.email));
      const [mail] = listOutbox().filter((m) => m.to === user.email);
      expect(mail?.subject).toBe("Dining budget reached");
      expect(mail?.text).toContain("You have spent $105.00 of $100.00 (105%) in Dining this period.");
      expect(mail?.text).toMatch(/See the budget: https?:\/\/\S+\/budgets\/[0-9a-f-]{36}/);
      // The 80% threshold muted earlier does not fire again now that alerts are back on.
      expect((await listAlerts(user.id)).map((a) => [a.title, a.readAt === null])).toEqual([["Dining budget reached", true], ["Dining budget at 80%", false]]);
      expect(await countUnreadAlerts(user.id)).toBe(1);
    } finally {
      await unsubscribe();
    }
  });
});
