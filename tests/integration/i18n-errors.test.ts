/**
 * Errors and rejection reasons in the reader's language. Outside Next there is no request, so
 * next-intl's server entry (a third-party module) is replaced by one that resolves the locale the
 * way lib/i18n/request.ts does, from the signed-in user's saved locale, with the real catalogs.
 */
import { createTranslator } from "use-intl/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createCategory } from "@/lib/categories/save-category";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { runAction } from "@/lib/http/action-result";
import { createImportJob } from "@/lib/import-jobs/create-import-job";
import { getImportJob } from "@/lib/import-jobs/list-import-jobs";
import { describeRejection, type RejectionTranslator } from "@/lib/imports/describe-rejection";
import { resolveRequestLocale } from "@/lib/i18n/languages";
import { loadMessages } from "@/lib/i18n/load-messages";
import { generateHistory } from "@/lib/generator/generate-history";
import { updateSettings } from "@/lib/settings/update-settings";
import { createDatasetProvider } from "@/lib/sync/create-dataset-provider";
import { getConnectionSyncStatus } from "@/lib/sync/get-connection-sync-status";
import { runSync } from "@/lib/sync/run-sync";
import { createManualAccount, createUser } from "../helpers/factories";

const request = vi.hoisted(() => ({ savedLocale: null as string | null }));

vi.mock("next-intl/server", async () => {
  const resolve = () => resolveRequestLocale({ savedLocale: request.savedLocale, acceptLanguage: null });
  return {
    getLocale: async () => resolve().locale,
    getTranslations: async (namespace?: string) => {
      const { locale, language } = resolve();
      return createTranslator({ locale, messages: await loadMessages(language), namespace: namespace as never });
    },
  };
});

async function signInAs(userId: string): Promise<void> {
  request.savedLocale = (await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } })).locale;
}

beforeEach(() => {
  request.savedLocale = null;
});

describe("errors in the reader's language", () => {
  it("a server action run in German answers a validation error and an AppError in German", async () => {
    const user = await createUser("Greta");
    await updateSettings(user.id, { locale: "de-DE" });
    await signInAs(user.id);
    await createCategory(user.id, { name: "Hobbys" });

    expect(await runAction(() => updateSettings(user.id, { theme: "neon" }))).toEqual({
      ok: false,
      error: { code: "validation", message: "Design: muss einer dieser Werte sein: light, dark, system", field: "theme" },
    });
    expect(await runAction(() => updateSettings(user.id, { name: "   " }))).toEqual({ ok: false, error: { code: "validation", message: "Name: ist erforderlich", field: "name" } });
    expect(await runAction(() => createCategory(user.id, { name: "Hobbys" }))).toEqual({
      ok: false,
      error: { code: "conflict", message: "Dort gibt es bereits eine Kategorie namens „Hobbys“" },
    });
    const account = await createManualAccount(user.id);
    const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj");
    expect(await runAction(() => createImportJob(user.id, { file: { name: "statement.pdf", size: pdf.length, bytes: async () => pdf }, fields: { accountId: account } }))).toEqual({
      ok: false,
      error: { code: "validation", message: "Datei: die Datei ist ein PDF; exportiere den Auszug stattdessen als CSV, OFX, QIF oder camt.053", field: "file" },
    });
  });

  it("keeps the English message for an English reader and for an error without a key", async () => {
    const user = await createUser("Ada");
    await signInAs(user.id);
    expect(await runAction(() => createCategory(user.id, { name: "Other" }))).toEqual({
      ok: false,
      error: { code: "conflict", message: 'A category named "Other" already exists there' },
    });
    await updateSettings(user.id, { locale: "fr-FR" });
    await signInAs(user.id);
    expect(await runAction(async () => { throw new Error("socket hang up at 10.0.0.7"); })).toEqual({
      ok: false,
      error: { code: "internal", message: "Un problème est survenu de notre côté" },
    });
    expect(await runAction(async () => { throw new AppError("forbidden", 'This token lacks the "write" scope'); })).toEqual({
      ok: false,
      error: { code: "forbidden", message: 'This token lacks the "write" scope' },
    });
  });
});

describe("statement rejections in the reader's language", () => {
  it("shows a rejected line of an import job translated, and a row stored before codes in English", async () => {
    const user = await createUser("Greta");
    const account = await createManualAccount(user.id);
    const bytes = new TextEncoder().encode(["Date,Description,Amount", "2026-03-02,OK,-1.00", "2026-13-45,BAD DATE,-2.00", "2026-03-04,BAD AMOUNT,abc"].join("\n"));
    const queued = await createImportJob(user.id, { file: { name: "march.csv", size: bytes.length, bytes: async () => bytes }, fields: { accountId: account } }, { today: "2026-03-31" });
    await queued.run();

    const job = await getImportJob(user.id, queued.job.id);
    const german = createTranslator({ locale: "de", messages: (await loadMessages("de")).rejections }) as unknown as RejectionTranslator;
    expect(job.rejections.map((row) => [row.line, describeRejection(row, german)])).toEqual([
      [3, "„2026-13-45“ ist kein gültiges Datum"],
      [4, "„abc“ ist kein Betrag"],
    ]);
    expect(job.rejections.map((row) => row.reason)).toEqual(['"2026-13-45" is not a valid date', '"abc" is not an amount']);

    await prisma().importJob.update({ where: { id: job.id }, data: { rejections: [{ line: 3, reason: "an old English reason" }] } });
    const old = await getImportJob(user.id, job.id);
    expect(old.rejections.map((row) => describeRejection(row, german))).toEqual(["an old English reason"]);
  });
});

describe("sync quarantine reasons in the reader's language", () => {
  it("stores a code with each quarantined record and reads it in German; an old row keeps its English", async () => {
    const user = await createUser("Greta");
    const connection = await prisma().bankConnection.create({ data: { userId: user.id, provider: "bank-a", institutionName: "Harbor Bank", status: "active" } });
    const { dataset } = generateHistory({ seed: 5, months: 1, persona: "us", startDate: "2024-01-01" });
    const provider = createDatasetProvider({ dataset, bank: "bank-a", clock: { instant: "2024-01-25T12:00:00.000Z" }, faults: { malformedRate: 0.1, malformedKinds: ["impossible_date"] }, random: () => 0.05 });
    const outcome = await runSync(user.id, connection.id, { trigger: "manual", session: { provider, accessToken: async () => "t" }, afterCommit: false });
    expect(outcome.quarantined).toBeGreaterThan(0);

    const german = createTranslator({ locale: "de", messages: (await loadMessages("de")).rejections }) as unknown as RejectionTranslator;
    const status = await getConnectionSyncStatus(user.id, connection.id);
    expect(status.quarantined.length).toBeGreaterThan(0);
    for (const record of status.quarantined) {
      expect(record).toMatchObject({ reason: "date: is not a real calendar date", code: "fieldInvalid", params: { field: "date" } });
      expect(describeRejection(record, german, "sync.")).toBe("date: ist kein gültiger Wert");
    }

    await prisma().quarantinedRecord.updateMany({ where: { connectionId: connection.id }, data: { reasonCode: null, reasonParams: Prisma.DbNull } });
    const old = await getConnectionSyncStatus(user.id, connection.id);
    expect(old.quarantined.map((record) => describeRejection(record, german, "sync."))).toContain("date: is not a real calendar date");
  });
});
