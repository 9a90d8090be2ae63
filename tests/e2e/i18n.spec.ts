import { expect, test } from "@playwright/test";
import { AuthPages, uniqueEmail } from "./support/auth-pages";

const PASSWORD = "correct-horse-battery-staple";

test("a user switches the interface to German in settings", async ({ page }) => {
  await new AuthPages(page).register("Greta Lang", uniqueEmail("lang-de"), PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Settings" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The registration audit entry carries a timestamp: English order first.
  await page.goto("/activity");
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
  await expect(page.getByTestId("activity-entry").first().locator("td").first()).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M UTC$/);

  await page.goto("/settings");
  await page.getByLabel("Language and region").selectOption("de-DE");
  await page.getByRole("button", { name: "Save settings" }).click();

  const deNav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(deNav.getByRole("link", { name: "Einstellungen" })).toBeVisible();
  await expect(deNav.getByRole("link", { name: "Übersicht" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Einstellungen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.reload();
  await expect(page.getByLabel("Sprache und Region")).toHaveValue("de-DE");
  // The amount sample is formatted the German way: dot for thousands, comma for cents.
  await expect(page.getByText("Beträge sehen so aus: 1.234,50 $.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Einstellungen speichern" })).toBeVisible();
  // The server's validation answers in German too, next to the field it names.
  await page.getByLabel("Name", { exact: true }).fill("   ");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByText("Name: ist erforderlich")).toBeVisible();

  await page.goto("/activity");
  await expect(page.getByRole("heading", { name: "Aktivität" })).toBeVisible();
  await expect(page.getByTestId("activity-entry").first().locator("td").first()).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} UTC$/);
  await expect(page).toHaveTitle("Aktivität · Fathom");

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Willkommen, Greta Lang" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
});

test.describe("a visitor whose browser asks for French", () => {
  test.use({ locale: "fr-FR" });

  test("sees the sign-in page in French and starts their new account in French", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
    await expect(page.getByLabel("Mot de passe")).toBeVisible();

    await page.getByRole("link", { name: "Créer un compte" }).click();
    await page.getByLabel("Nom").fill("Fleur Dupont");
    await page.getByLabel("E-mail").fill(uniqueEmail("lang-fr"));
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Créer le compte" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Bienvenue, Fleur Dupont" })).toBeVisible();

    await page.goto("/settings");
    await expect(page.getByLabel("Langue et région")).toHaveValue("fr-FR");
    await expect(page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Paramètres" })).toBeVisible();
  });
});
