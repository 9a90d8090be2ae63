import { expect, type Locator, type Page } from "@playwright/test";

/** Page objects for a bank connection's page (sync status, runs, "Sync now") and the duplicate review list. */
export class ConnectionPage {
  constructor(private readonly page: Page) {}

  /** The connection page's id, read from its URL. */
  id(): string {
    const id = /\/connections\/([0-9a-f-]{36})$/.exec(new URL(this.page.url()).pathname)?.[1];
    if (!id) throw new Error(`not on a connection page: ${this.page.url()}`);
    return id;
  }

  async expectOpen(institutionName: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/connections\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole("heading", { name: institutionName, level: 1 })).toBeVisible();
  }

  status(): Locator {
    return this.page.getByTestId("connection-status");
  }

  lastSync(): Locator {
    return this.page.getByTestId("last-sync");
  }

  runs(): Locator {
    return this.page.getByTestId("sync-run");
  }

  reviewCount(): Locator {
    return this.page.getByTestId("review-count");
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole("button", { name: "Sync now" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: /^Synced: / })).toBeVisible({ timeout: 60_000 });
  }
}

export class ReviewPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/review");
    await expect(this.page.getByRole("heading", { name: "Review duplicates", level: 1 })).toBeVisible();
  }

  /** A pending pair, picked by text only it shows (a reason, a description). */
  item(text: string | RegExp): Locator {
    return this.page.getByTestId("review-item").filter({ hasText: text });
  }

  merged(text: string | RegExp): Locator {
    return this.page.getByTestId("merged-item").filter({ hasText: text });
  }

  async decide(item: Locator, choice: "Merge" | "Keep both"): Promise<void> {
    await item.getByRole("button", { name: choice, exact: true }).click();
    await expect(item).toHaveCount(0);
  }

  async undo(merged: Locator): Promise<void> {
    await merged.getByRole("button", { name: "Undo merge" }).click();
    await expect(merged).toHaveCount(0);
  }
}
