import { expect, test, type Page } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";

/** Page object for the anomalies and recurring pages. */
class AnomalyPages {
  constructor(private readonly page: Page) {}

  /** Seeds four months of history and a sync of today's charges through the demo-only endpoint. */
  async seedHistory(): Promise<void> {
    const response = await this.page.request.post("/api/anomalies/demo");
    expect(response.status()).toBe(201);
  }

  anomaly(label: string) {
    return this.page.getByRole("list", { name: "Anomalies" }).getByRole("listitem", { name: label });
  }

  stream(group: string, name: string) {
    return this.page.getByRole("list", { name: group }).getByRole("listitem", { name });
  }
}

test("seeded anomalies and recurring streams show with their explanations; one is marked normal", async ({ page }) => {
  await new AuthPages(page).register("Ada Anomaly", uniqueEmail("anomaly"), "correct-horse-battery-staple");
  await expect(page).toHaveURL(/\/dashboard$/);
  const pages = new AnomalyPages(page);
  await pages.seedHistory();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Anomalies" }).click();
  await expect(page.getByRole("heading", { name: "Anomalies" })).toBeVisible();
  const large = pages.anomaly("Large for this merchant");
  await expect(large).toContainText(/\$84\.20 at Shell is \d+\.\d× your usual spread above your median of \$22\.10 there \(last 14 visits\)\./);
  await expect(pages.anomaly("Price rise")).toContainText("Netflix went up from $15.49 to $17.99 (16% more).");

  await large.getByRole("button", { name: "This is normal" }).click();
  await expect(large.getByTestId("anomaly-status")).toHaveText("Marked normal");
  await expect(large.getByRole("button", { name: "This is normal" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recurring" }).click();
  await expect(page.getByRole("heading", { name: "Recurring" })).toBeVisible();
  await expect(pages.stream("Income", "Acme Corp")).toContainText("monthly · about $3,100.00");
  const netflix = pages.stream("Bills and subscriptions", "Netflix");
  await expect(netflix).toContainText("monthly");
  await netflix.getByRole("button", { name: "Rename" }).click();
  await netflix.getByLabel("Name").fill("Netflix Premium");
  await netflix.getByRole("button", { name: "Save name" }).click();
  const renamed = pages.stream("Bills and subscriptions", "Netflix Premium");
  await expect(renamed).toBeVisible();
  await renamed.getByRole("button", { name: "Dismiss" }).click();
  await expect(pages.stream("Dismissed", "Netflix Premium")).toBeVisible();
});

test("the feedback endpoint refuses another user's anomaly and a bad verdict", async ({ page }) => {
  await new AuthPages(page).register("Eve Other", uniqueEmail("other"), "correct-horse-battery-staple");
  await expect(page).toHaveURL(/\/dashboard$/);
  const unknown = await page.request.post("/api/anomalies/0192a5b0-0000-7000-8000-000000000000/feedback", { data: { verdict: "normal" } });
  expect(unknown.status()).toBe(404);
  const bad = await page.request.post("/api/anomalies/0192a5b0-0000-7000-8000-000000000000/feedback", { data: { verdict: "maybe" } });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.message).toMatch(/^verdict: /);
});
