import { expect, type Page } from "@playwright/test";

export const STATEMENTS = "tests/fixtures/statements";

/** The import wizard and the job page: choose account and file, preview, confirm, wait for the job. */
export class ImportPages {
  constructor(private readonly page: Page) {}

  async start(): Promise<void> {
    await this.page.goto("/imports/new");
    await expect(this.page.getByRole("heading", { name: "Import a statement" })).toBeVisible();
  }

  async intoNewAccount(name: string, currency: string): Promise<void> {
    await this.page.getByLabel("Import into").selectOption("new");
    await this.page.getByLabel("New account name").fill(name);
    await this.page.getByLabel("Account currency").fill(currency);
  }

  async intoAccount(label: string): Promise<void> {
    await this.page.getByLabel("Import into").selectOption({ label });
  }

  async chooseFile(fileName: string): Promise<void> {
    await this.page.getByLabel("Statement file").setInputFiles(`${STATEMENTS}/${fileName}`);
  }

  async preview(): Promise<void> {
    await this.page.getByRole("button", { name: "Preview" }).click();
    await expect(this.page.getByTestId("import-preview")).toBeVisible();
  }

  previewRows() {
    return this.page.getByTestId("preview-rows").locator("tbody tr");
  }

  /** Confirms and waits on the job page until the job has finished. */
  async confirmAndWait(): Promise<void> {
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(this.page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
    await expect(this.page.getByTestId("import-status")).toHaveText("Done");
  }

  async expectCounts(counts: { imported: number; duplicates: number }): Promise<void> {
    await expect(this.page.getByTestId("imported-rows")).toHaveText(String(counts.imported));
    await expect(this.page.getByTestId("duplicate-rows")).toHaveText(String(counts.duplicates));
  }

  /** One whole round: start, account, file, preview, confirm, counts. */
  async importFile(fileName: string, account: { label: string } | { name: string; currency: string }, counts: { imported: number; duplicates: number }): Promise<void> {
    await this.start();
    if ("label" in account) await this.intoAccount(account.label);
    else await this.intoNewAccount(account.name, account.currency);
    await this.chooseFile(fileName);
    await this.preview();
    await this.confirmAndWait();
    await this.expectCounts(counts);
  }
}
