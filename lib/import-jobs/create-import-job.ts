/**
 * Validates an upload and queues it as an ImportJob: size first (before reading a byte), then the
 * account (a foreign or unknown one is "not found"), then the parse. Rows the parser set aside are
 * recorded with their line numbers at once; the good rows are stored by `run`, which the route calls
 * after the response (next/server `after`) so the user can watch progress or leave and come back.
 */
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { headerFingerprint } from "@/lib/imports/header-fingerprint";
import { maskPersonalData } from "@/lib/imports/mask-personal-data";
import { parseStatement } from "@/lib/imports/parse-statement";
import { logInfo } from "@/lib/log";
import { findSavedMapping } from "./find-saved-mapping";
import { assertUuid, ImportFieldsInput, parseFields, parseMappingText, readUploadedFile, rejectedFile, type UploadedFile } from "./import-input";
import { toImportJobView, IMPORT_JOB_SELECT, type ImportJobView } from "./import-job-view";
import { runImportJob, type RunImportOptions } from "./run-import-job";
import { registerQueuedImport } from "./import-worker-lease";
import { reapInterruptedImports } from "./reap-interrupted-imports";
import { toIngestRows } from "./to-ingest-rows";

/** Enough line numbers to fix a file; the count in rejectedRows stays exact beyond it. */
const MAX_STORED_REJECTIONS = 1_000;

export interface CreateImportJobInput {
  file: UploadedFile | null;
  fields: Record<string, unknown>;
}

export interface QueuedImport {
  job: ImportJobView;
  /** Stores the rows batch by batch; never throws (a failure ends the job as "failed" with nothing stored). */
  run: () => Promise<ImportJobView>;
}

export async function createImportJob(userId: string, input: CreateImportJobInput, options: RunImportOptions = {}): Promise<QueuedImport> {
  const file = await readUploadedFile(input.file);
  const fields = parseFields(ImportFieldsInput, input.fields);
  const accountId = assertUuid(fields.accountId, "Account");
  const account = await prisma().account.findFirst({ where: { id: accountId, userId, archivedAt: null }, select: { id: true, name: true, currency: true } });
  if (!account) throw notFound("Account");
  const currency = account.currency.trim();
  const mapping = parseMappingText(fields.mapping);

  let parsed = parseStatement(file.bytes, { format: fields.format, defaultCurrency: currency, ...(mapping ? { csvMapping: mapping } : {}) });
  if (!parsed.ok) throw rejectedFile(parsed);
  if (!mapping && parsed.csvHeaders) {
    // No mapping sent (an API client): the user's saved mapping for this header beats a fresh guess.
    const saved = await findSavedMapping(userId, parsed.csvHeaders);
    const again = saved ? parseStatement(file.bytes, { format: "csv", defaultCurrency: currency, csvMapping: saved }) : undefined;
    if (again?.ok) parsed = again;
  }
  const { rows, rejected } = toIngestRows(parsed.statement, { id: account.id, currency });
  // Rows an interrupted import left in this account would otherwise count as already imported.
  await reapInterruptedImports(userId);
  if (rows.length === 0 && rejected.length === 0) throw invalidField("file", "the file has no transactions to import", "errors.importEmpty");

  const job = await prisma().$transaction(async (tx) => {
    const created = await tx.importJob.create({
      data: {
        userId, accountId: account.id, fileName: file.name, fileHash: createHash("sha256").update(file.bytes).digest("hex"),
        format: parsed.statement.format, encoding: parsed.statement.encoding,
        ...(parsed.csvMapping ? { mapping: parsed.csvMapping as unknown as Prisma.InputJsonValue } : {}),
        status: rows.length ? "pending" : "succeeded", totalRows: rows.length, rejectedRows: rejected.length,
        rejections: rejected.slice(0, MAX_STORED_REJECTIONS) as unknown as Prisma.InputJsonValue,
        ...(rows.length ? {} : { finishedAt: new Date() }),
      },
      select: IMPORT_JOB_SELECT,
    });
    if (parsed.csvMapping && parsed.csvHeaders) {
      // The confirmed mapping is suggested again for the next file with this header.
      const fingerprint = headerFingerprint(parsed.csvHeaders);
      const value = { mapping: parsed.csvMapping, headers: parsed.csvHeaders } as unknown as Prisma.InputJsonValue;
      await tx.importMapping.upsert({
        where: { userId_headerFingerprint: { userId, headerFingerprint: fingerprint } },
        create: { userId, headerFingerprint: fingerprint, mapping: value },
        update: { mapping: value },
      });
    }
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: "import.created", entityType: "ImportJob", entityId: created.id,
      after: { accountId: account.id, format: parsed.statement.format, rows: rows.length, rejected: rejected.length },
    });
    return created;
  });
  registerQueuedImport(job.id);
  logInfo("import queued", { importJobId: job.id, fileName: maskPersonalData(file.name), format: job.format, rows: rows.length, rejected: rejected.length });
  return {
    job: toImportJobView(job, account.name),
    run: () => runImportJob({ userId, jobId: job.id, accountId: account.id, rows }, options),
  };
}
