import { expect, test } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";
import { ImportPages } from "./support/import-pages";

const PASSWORD = "correct-horse-battery-staple";

test("imports a CSV with a custom mapping, an OFX, a QIF and a camt.053 file; re-imports add nothing", async ({ page }) => {
  await new AuthPages(page).register("Imogen Porter", uniqueEmail("imports"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const imports = new ImportPages(page);

  // An oversized file is refused in the browser with its name, size and the limit.
  await imports.start();
  await page.getByLabel("Statement file").setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(11 * 1024 * 1024, 0x41) });
  await expect(page.getByText("huge.csv is 11 MB; the limit is 10 MB")).toBeVisible();

  // CSV: card charges are positive in this export, so the user flips the sign and sees it live.
  await imports.intoNewAccount("Travel card", "USD");
  await imports.chooseFile("card-custom.csv");
  await imports.preview();
  await expect(page.getByTestId("mapping-source")).toContainText("Suggested mapping");
  await expect(imports.previewRows().first()).toContainText("15.99 USD");
  await page.getByLabel("Flip sign (purchases are positive in this file)").check();
  await expect(imports.previewRows().first()).toContainText("-15.99 USD");
  await expect(imports.previewRows()).toHaveCount(5);
  await imports.confirmAndWait();
  await imports.expectCounts({ imported: 5, duplicates: 0 });

  // The same header gets the saved mapping back; nothing is added twice.
  await imports.start();
  await imports.intoAccount("Travel card (USD)");
  await imports.chooseFile("card-custom.csv");
  await imports.preview();
  await expect(page.getByTestId("mapping-source")).toContainText("Using the mapping you saved");
  await expect(page.getByLabel("Flip sign (purchases are positive in this file)")).toBeChecked();
  await expect(imports.previewRows().first()).toContainText("-15.99 USD");
  await imports.confirmAndWait();
  await imports.expectCounts({ imported: 0, duplicates: 5 });

  await imports.importFile("checking.ofx", { name: "Everyday checking", currency: "USD" }, { imported: 3, duplicates: 0 });
  await imports.importFile("checking.ofx", { label: "Everyday checking (USD)" }, { imported: 0, duplicates: 3 });
  await imports.importFile("cash.qif", { name: "Cash jar", currency: "USD" }, { imported: 3, duplicates: 0 });
  await imports.importFile("euro-camt053.xml", { name: "Girokonto", currency: "EUR" }, { imported: 2, duplicates: 0 });
  await imports.importFile("euro-camt053.xml", { label: "Girokonto (EUR)" }, { imported: 0, duplicates: 2 });

  // The jobs list keeps every import, newest first, and leads back to each job's page.
  await page.getByRole("link", { name: "All imports" }).click();
  const jobs = page.getByTestId("import-jobs").locator("tbody tr");
  await expect(jobs).toHaveCount(7);
  await expect(jobs.first()).toContainText("euro-camt053.xml");
  await expect(page.getByText("Posted · Merchant · Charge · Note")).toBeVisible();
  await jobs.filter({ hasText: "cash.qif" }).getByRole("link").click();
  await expect(page.getByTestId("imported-rows")).toHaveText("3");
});
