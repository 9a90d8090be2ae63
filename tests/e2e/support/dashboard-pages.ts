import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** The pages of issue 9, each checked the same way: it renders, passes axe, and is photographed. */
export const OWNED_PAGES = [
  { path: "/dashboard", heading: /Welcome, / },
  { path: "/analytics", heading: "Analytics" },
  { path: "/insights", heading: "Insights" },
  { path: "/settings", heading: "Settings" },
] as const;

/** Every other app page without a path parameter: visited once per run with data, checked by axe and photographed. */
export const OTHER_APP_PAGES = [
  "/transactions", "/accounts", "/accounts/manual/new", "/budgets", "/budgets/new", "/alerts", "/webhooks", "/imports", "/imports/new",
  "/categories", "/rules", "/scheduled", "/goals", "/anomalies", "/recurring", "/activity", "/security", "/developer", "/developer/api",
] as const;

export class DashboardPages {
  constructor(private readonly page: Page) {}

  /** Serious and critical WCAG A/AA violations fail the test, listed by rule and element. */
  async expectAccessible(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const blocking = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
    expect(blocking, `axe violations on ${this.page.url()}`).toEqual([]);
  }

  async setTheme(theme: "light" | "dark"): Promise<void> {
    await this.page.emulateMedia({ colorScheme: theme });
  }

  /** Light and dark screenshots attached to the test report and kept in test-results. */
  async screenshot(testInfo: TestInfo, name: string): Promise<void> {
    const body = await this.page.screenshot({ fullPage: true, path: testInfo.outputPath(`${name}.png`) });
    await testInfo.attach(name, { body, contentType: "image/png" });
  }

  async visitAll(testInfo: TestInfo, who: string): Promise<void> {
    for (const theme of ["light", "dark"] as const) {
      await this.setTheme(theme);
      for (const owned of OWNED_PAGES) {
        await this.page.goto(owned.path);
        await expect(this.page.getByRole("heading", { level: 1, name: owned.heading })).toBeVisible();
        // Not "networkidle": the alert stream keeps a connection open on every page.
        await this.page.waitForFunction(() => document.readyState === "complete");
        if (theme === "dark") await expect(this.page.locator("html")).toHaveClass(/dark/);
        await this.expectAccessible();
        await this.screenshot(testInfo, `${who}-${owned.path.slice(1)}-${theme}`);
      }
    }
  }

  /** Each page renders its heading (not the error boundary), passes axe and is photographed. */
  async visitOthers(testInfo: TestInfo, who: string): Promise<void> {
    for (const path of OTHER_APP_PAGES) {
      await this.page.goto(path);
      // Any heading: a few form pages title themselves with their card's heading rather than an h1.
      await expect(this.page.getByRole("heading").first(), path).toBeVisible();
      await expect(this.page.getByText(/^We couldn't load/), path).toHaveCount(0);
      await this.page.waitForFunction(() => document.readyState === "complete");
      await this.expectAccessible();
      await this.screenshot(testInfo, `${who}-${path.slice(1).replaceAll("/", "-")}`);
    }
  }

  stat(testId: string) {
    return this.page.getByTestId(testId);
  }
}
