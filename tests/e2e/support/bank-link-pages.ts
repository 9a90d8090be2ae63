import { expect, type Page } from "@playwright/test";

/** Page objects for the Accounts page's linking controls and a mock bank's consent page. */
export class AccountsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/accounts");
    await expect(this.page.getByRole("heading", { name: "Accounts", level: 1 })).toBeVisible();
  }

  async startLinking(bankName: string): Promise<BankConsentPage> {
    await this.page.getByRole("list", { name: "Banks you can link" }).getByRole("button", { name: `Link ${bankName}` }).click();
    return new BankConsentPage(this.page);
  }

  outcome() {
    return this.page.getByTestId("link-outcome");
  }

  connection(bankName: string) {
    return this.page.getByRole("listitem", { name: bankName });
  }
}

export class BankConsentPage {
  constructor(private readonly page: Page) {}

  async expectBank(logoText: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/mock-banks\/bank-[abc]\/authorize\?/);
    await expect(this.page.getByTestId("bank-logo")).toHaveText(logoText);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel("Username").fill(username);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
    await expect(this.page.getByRole("heading", { name: "Fathom wants to read your accounts" })).toBeVisible();
  }

  async approve(): Promise<void> {
    await this.page.getByRole("button", { name: "Allow access" }).click();
    await expect(this.page).toHaveURL(/\/accounts\?/, { timeout: 60_000 });
  }

  async deny(): Promise<void> {
    await this.page.getByRole("button", { name: "Deny" }).click();
    await expect(this.page).toHaveURL(/\/accounts\?/, { timeout: 30_000 });
  }
}
