import { describe, expect, it } from "vitest";
import { loadCategorizationContext } from "@/lib/categorize/load-categorization-context";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { createImportJob } from "@/lib/import-jobs/create-import-job";
import type { UploadedFile } from "@/lib/import-jobs/import-input";
import { MAX_IMPORT_BYTES } from "@/lib/import-jobs/import-limits";
import { getImportJob, listImportJobs } from "@/lib/import-jobs/list-import-jobs";
import { deleteImportMapping, listImportMappings } from "@/lib/import-jobs/list-import-mappings";
import { previewImport } from "@/lib/import-jobs/preview-import";
import { undoMerge } from "@/lib/sync/apply-merge";
import { ingestCanonicalTransactions } from "@/lib/sync/ingest-canonical-transactions";
import { createManualAccount, createUser } from "../helpers/factories";

const TODAY = "2026-03-31";

function upload(text: string, name = "statement.csv"): UploadedFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, bytes: async () => bytes };
}

async function importFile(userId: string, accountId: string, text: string, fields: Record<string, unknown> = {}, options = {}) {
  const queued = await createImportJob(userId, { file: upload(text), fields: { accountId, ...fields } }, { today: TODAY, ...options });
  expect(queued.job.status).toBe("pending");
  return queued.run();
}

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

async function visibleRows(accountId: string) {
  return prisma().transaction.findMany({
    where: { accountId, mergedIntoId: null, removedAt: null },
    orderBy: [{ date: "asc" }, { amount: "asc" }],
    select: { date: true, amount: true, description: true, source: true },
  });
}

const CSV = [
  "Date,Description,Amount",
  "2026-03-02,COFFEE BEAN,-4.50",
  "2026-03-02,COFFEE BEAN,-4.50",
  "2026-03-03,ACME PAYROLL,2500.00",
  "2026-03-05,GROCER 42,-61.20",
].join("\n");

describe("statement import", () => {
  it("stores every row once, keeps two identical real rows apart, and a re-import adds nothing", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const first = await importFile(user.id, account, CSV);
    expect(first).toMatchObject({ status: "succeeded", totalRows: 4, processedRows: 4, importedRows: 4, duplicateRows: 0, rejectedRows: 0 });
    expect((await visibleRows(account)).map((r) => [r.amount, r.description])).toEqual([
      [-450n, "COFFEE BEAN"], [-450n, "COFFEE BEAN"], [250_000n, "ACME PAYROLL"], [-6_120n, "GROCER 42"],
    ]);
    const stored = await prisma().transaction.findMany({ where: { accountId: account }, select: { importJobId: true, source: true, categoryId: true } });
    expect(stored.every((r) => r.importJobId === first.id && r.source === "import")).toBe(true);
    expect(stored.filter((r) => r.categoryId !== null).length).toBeGreaterThan(0);
    // The manual account's balance is recomputed from the ledger: opening balance (0) plus the file's net.
    expect((await prisma().account.findUniqueOrThrow({ where: { id: account } })).currentBalance).toBe(250_000n - 450n - 450n - 6_120n);
    expect(await prisma().providerRecord.count({ where: { importJobId: first.id } })).toBe(4);

    const again = await importFile(user.id, account, CSV);
    expect(again).toMatchObject({ status: "succeeded", totalRows: 4, importedRows: 0, duplicateRows: 4, mergedRows: 0 });
    expect(await prisma().transaction.count({ where: { accountId: account } })).toBe(4);
    expect((await listImportJobs(user.id)).map((j) => j.id)).toEqual([again.id, first.id]);
  });

  it("stores a file's rows once when it is uploaded twice at once, batches interleaved", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const [first, second] = await Promise.all([importFile(user.id, account, CSV, {}, { batchRows: 1 }), importFile(user.id, account, CSV, {}, { batchRows: 1 })]);
    expect([first.status, second.status]).toEqual(["succeeded", "succeeded"]);
    expect(first.importedRows + second.importedRows).toBe(4);
    expect(first.duplicateRows + second.duplicateRows).toBe(4);
    expect(await visibleRows(account)).toHaveLength(4);
  });

  it("imports an OFX twice by FITID without duplicates", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const ofx = `OFXHEADER:100
DATA:OFXSGML
VERSION:102

<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>123</BANKACCTFROM><BANKTRANLIST>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260310<TRNAMT>-12.00<FITID>A1<NAME>BOOKSHOP</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260310<TRNAMT>-12.00<FITID>A2<NAME>BOOKSHOP</STMTTRN>
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`;
    const first = await createImportJob(user.id, { file: upload(ofx, "march.ofx"), fields: { accountId: account } }, { today: TODAY });
    expect((await first.run())).toMatchObject({ format: "ofx", importedRows: 2 });
    const second = await createImportJob(user.id, { file: upload(ofx, "march.ofx"), fields: { accountId: account } }, { today: TODAY });
    expect((await second.run())).toMatchObject({ importedRows: 0, duplicateRows: 2 });
    expect((await prisma().transaction.findMany({ where: { accountId: account }, select: { externalId: true }, orderBy: { externalId: "asc" } })).map((r) => r.externalId)).toEqual(["imp:A1", "imp:A2"]);
  });

  it("merges a file that overlaps synced rows instead of duplicating them, explainably and undoably", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const context = await loadCategorizationContext(prisma(), user.id);
    await prisma().$transaction((tx) => ingestCanonicalTransactions(tx, {
      userId: user.id, source: "sync", deliveryStartedAt: new Date(), context,
      rows: [
        { accountId: account, externalId: "bank-1", amount: -6_120, currency: "USD", pending: false, date: "2026-03-04", description: "GROCER 42 BROOKLYN", payload: { id: "bank-1" } },
        { accountId: account, externalId: "bank-2", amount: 250_000, currency: "USD", pending: false, date: "2026-03-03", description: "ACME PAYROLL", payload: { id: "bank-2" } },
      ],
    }));
    const job = await importFile(user.id, account, CSV);
    expect(job).toMatchObject({ status: "succeeded", mergedRows: 2, importedRows: 2 });
    const visible = await visibleRows(account);
    expect(visible.map((r) => [r.amount, r.source])).toEqual([[-450n, "import"], [-450n, "import"], [250_000n, "sync"], [-6_120n, "sync"]]);
    const merges = await prisma().transactionMerge.findMany({ where: { userId: user.id, status: "merged" }, select: { id: true, reasons: true } });
    expect(merges).toHaveLength(2);
    expect(JSON.stringify(merges.map((m) => m.reasons))).toContain("same amount");

    const grocer = merges.find((m) => JSON.stringify(m.reasons).includes("1 day apart"));
    expect(grocer).toBeDefined();
    await undoMerge(user.id, grocer?.id ?? "");
    expect((await visibleRows(account)).filter((r) => r.amount === -6_120n).map((r) => r.source).sort()).toEqual(["import", "sync"]);
    // Re-importing after the undo adds nothing: the imported copy is still stored under its id.
    expect(await importFile(user.id, account, CSV)).toMatchObject({ importedRows: 0, duplicateRows: 4 });
  });

  it("reports bad rows with their line numbers and still imports the good ones", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const job = await importFile(user.id, account, ["Date,Description,Amount", "2026-03-02,OK ONE,-1.00", "2026-13-45,BAD DATE,-2.00", "2026-03-04,BAD AMOUNT,abc", "2026-03-05,OK TWO,-3.00"].join("\n"));
    expect(job).toMatchObject({ status: "succeeded", importedRows: 2, rejectedRows: 2 });
    expect(job.rejections.map((r) => r.line)).toEqual([3, 4]);
    expect(job.rejections[0]?.reason).toMatch(/date/i);
    expect(job.rejections[1]?.reason).toMatch(/amount/i);
  });

  it("leaves nothing behind when a job fails part-way", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const job = await importFile(user.id, account, CSV, {}, { batchRows: 2, failAfterBatches: 1 });
    expect(job).toMatchObject({ status: "failed", processedRows: 0, importedRows: 0 });
    expect(job.error).toMatch(/nothing from this file was stored/);
    expect(await prisma().transaction.count({ where: { accountId: account } })).toBe(0);
    expect(await prisma().providerRecord.count({ where: { userId: user.id } })).toBe(0);
    expect((await prisma().account.findUniqueOrThrow({ where: { id: account } })).currentBalance).toBe(0n);
    expect(await importFile(user.id, account, CSV)).toMatchObject({ status: "succeeded", importedRows: 4 });
  });

  it("saves a custom CSV mapping and suggests it again for a file with the same header", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const card = ["Posted,Merchant,Charge", "03/02/2026,STREAMFLIX,15.99", "03/09/2026,CAFE ROMA,7.25"].join("\n");
    const preview = await previewImport(user.id, { file: upload(card), fields: { accountId: account } });
    expect(preview.csv?.mappingSource).toBe("suggested");
    expect(preview.csv?.headers).toEqual(["Posted", "Merchant", "Charge"]);
    const custom = { ...preview.csv?.mapping, flipSign: true, dateOrder: "mdy" };
    const job = await importFile(user.id, account, card, { mapping: JSON.stringify(custom) });
    expect(job.importedRows).toBe(2);
    expect((await visibleRows(account)).map((r) => [r.date.toISOString().slice(0, 10), r.amount])).toEqual([["2026-03-02", -1_599n], ["2026-03-09", -725n]]);

    const next = await previewImport(user.id, { file: upload(card.replace("STREAMFLIX", "STREAMFLIX APRIL")), fields: {} });
    expect(next.csv).toMatchObject({ mappingSource: "saved", mapping: { flipSign: true, dateOrder: "mdy" } });
    expect(next.sample[0]?.amount).toBe(-1_599);
    expect((await listImportMappings(user.id)).map((m) => m.headers)).toEqual([["Posted", "Merchant", "Charge"]]);
  });
});

describe("a second user", () => {
  it("can neither see nor touch another user's import jobs, mappings or accounts", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const account = await createManualAccount(alice.id);
    const job = await importFile(alice.id, account, CSV);
    const [mapping] = await listImportMappings(alice.id);

    expect(await listImportJobs(bob.id)).toEqual([]);
    expect(await listImportMappings(bob.id)).toEqual([]);
    // Thunks, so each attempt starts only when awaited (no rejection left unhandled meanwhile).
    for (const attempt of [
      () => getImportJob(bob.id, job.id),
      () => deleteImportMapping(bob.id, mapping?.id ?? ""),
      () => createImportJob(bob.id, { file: upload(CSV), fields: { accountId: account } }),
      () => previewImport(bob.id, { file: upload(CSV), fields: { accountId: account } }),
    ]) {
      expect(toErrorResponse(await errorOf(attempt()))).toMatchObject({ status: 404 });
    }
    expect((await previewImport(bob.id, { file: upload(CSV), fields: {} })).csv?.mappingSource).toBe("suggested");
    expect(await prisma().importMapping.count({ where: { userId: alice.id } })).toBe(1);
    expect(await prisma().transaction.count({ where: { accountId: account } })).toBe(4);
  });
});

describe("bad input", () => {
  it.each([
    ["no file", null, {}, 422, "file: choose a statement file to import"],
    ["an oversized file", { name: "statement.csv", size: Math.round(14.2 * 1024 * 1024), bytes: async () => new Uint8Array() }, {}, 422, "file: statement.csv is 14.2 MB; the limit is 10 MB"],
    ["no account", upload(CSV), { accountId: "" }, 422, "accountId: choose an account to import into"],
    ["a malformed account id", upload(CSV), { accountId: "nope" }, 404, "Account was not found"],
    ["an unknown account", upload(CSV), { accountId: "0190a000-0000-7000-8000-000000000009" }, 404, "Account was not found"],
    ["a bad format", upload(CSV), { format: "pdf" }, 422, "format: must be auto, csv, ofx, qif or camt053"],
    ["a mapping that is not JSON", upload(CSV), { mapping: "{" }, 422, "mapping: must be valid JSON"],
    ["a file that is no statement", upload("hello world\njust text"), {}, 422, "file: the file is not a recognized statement format (CSV, OFX/QFX, QIF or camt.053)"],
  ] as const)("refuses %s with a clear message", async (_name, file, fields, status, message) => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const error = await errorOf(createImportJob(user.id, { file, fields: { accountId: account, ...fields } }));
    expect(toErrorResponse(error)).toMatchObject({ status, body: { error: { message } } });
    expect(await prisma().importJob.count({ where: { userId: user.id } })).toBe(0);
  });

  it("limits uploads to 10 MB", () => {
    expect(MAX_IMPORT_BYTES).toBe(10 * 1024 * 1024);
  });
});
