import { expect, test } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";
import { AccountsPage } from "./support/bank-link-pages";

const PASSWORD = "correct-horse-battery-staple";

const BANKS = [
  { name: "Harbor Trust Bank", logo: "HARBOR TRUST", username: "alex.morgan", password: "harbor-demo-2026", accounts: ["Everyday Checking", "High Yield Savings"] },
  { name: "Nimbus", logo: "nimbus", username: "alex.morgan", password: "nimbus-demo-2026", accounts: ["Sapphire Card"] },
  { name: "Kontor Sparkasse", logo: "KONTOR SPARKASSE", username: "sam.taylor", password: "kontor-demo-2026", accounts: ["Current Account", "Easy Saver"] },
];

test("a user links all three banks through their consent pages and sees the accounts", async ({ page }) => {
  test.setTimeout(180_000);
  await new AuthPages(page).register("Linda Linker", uniqueEmail("linker"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Accounts" }).click();
  const accounts = new AccountsPage(page);
  await expect(page.getByRole("heading", { name: "Accounts", level: 1 })).toBeVisible();

  for (const bank of BANKS) {
    const consent = await accounts.startLinking(bank.name);
    await consent.expectBank(bank.logo);
    await consent.signIn(bank.username, bank.password);
    await consent.approve();
    await expect(accounts.outcome()).toHaveText(`Linked ${bank.name}: ${bank.accounts.length} ${bank.accounts.length === 1 ? "account" : "accounts"}.`);
    const card = accounts.connection(bank.name);
    await expect(card.getByTestId("connection-status")).toHaveText("Connected");
    for (const account of bank.accounts) await expect(card.getByRole("link", { name: new RegExp(`^${account}`) })).toBeVisible();
  }

  await accounts.open();
  await expect(page.getByTestId("connection")).toHaveCount(3);
  const html = await page.content();
  expect(html).not.toMatch(/accessToken|refreshToken|TokenEnc/);
  const api = await (await page.request.get("/api/banks/connections")).text();
  expect(api).not.toMatch(/accessToken|refreshToken|TokenEnc/);
  expect(JSON.parse(api).connections).toHaveLength(3);
});

test("denying consent at the bank links nothing and says so", async ({ page }) => {
  await new AuthPages(page).register("Dana Denier", uniqueEmail("denier"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const accounts = new AccountsPage(page);
  await accounts.open();
  const consent = await accounts.startLinking("Nimbus");
  await consent.expectBank("nimbus");
  await page.getByLabel("Username").fill("alex.morgan");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not recognised" })).toHaveText("That username and password are not recognised by the bank.");
  await consent.signIn("alex.morgan", "nimbus-demo-2026");
  await consent.deny();
  await expect(accounts.outcome()).toHaveText("You declined access at Nimbus. Nothing was linked.");
  await expect(page.getByTestId("connection")).toHaveCount(0);
});
