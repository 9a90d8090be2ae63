import { z } from "zod";
import { defineOperation, type ApiResource } from "@/lib/api/api-operation";
import { Uuid } from "@/lib/api/api-schemas";
import { createImportJob } from "@/lib/import-jobs/create-import-job";
import { FormatInput } from "@/lib/import-jobs/import-input";
import { getImportJob, listImportJobs } from "@/lib/import-jobs/list-import-jobs";
import { CsvMappingSchema } from "@/lib/imports/suggest-csv-mapping";

const Timestamp = z.iso.datetime();

export const ImportJobSchema = z
  .object({
    id: Uuid,
    accountId: Uuid.nullable(),
    accountName: z.string().nullable(),
    fileName: z.string(),
    format: z.enum(["csv", "ofx", "qif", "camt053"]),
    status: z.enum(["pending", "running", "succeeded", "failed"]),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    importedRows: z.number().int(),
    duplicateRows: z.number().int().meta({ description: "Rows already present (same content), skipped" }),
    mergedRows: z.number().int().meta({ description: "Rows matched to a synced transaction and merged into it" }),
    rejectedRows: z.number().int(),
    rejections: z.array(z.object({ line: z.number().int(), reason: z.string() })),
    error: z.string().nullable(),
    createdAt: Timestamp,
    finishedAt: Timestamp.nullable(),
  })
  .meta({ id: "ImportJob" });

/** A statement sent as text in the JSON body: the request size limit keeps it small; larger files go through the upload form. */
const CreateImportInput = z.object({
  accountId: z.uuid("must be an account id"),
  format: FormatInput,
  fileName: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").default("statement"),
  content: z.string().min(1, "must not be empty"),
  mapping: CsvMappingSchema.optional().meta({ description: "CSV only: which column holds what; guessed from the header when left out" }),
});

export const importsResource: ApiResource = {
  name: "Imports",
  description: "Bank statement imports (CSV, OFX/QFX, QIF, camt.053): each job's counts and the lines it rejected, with reasons.",
  operations: [
    defineOperation({
      id: "listImports",
      method: "GET",
      path: "/imports",
      summary: "List import jobs, newest first",
      scope: "read",
      response: z.object({ jobs: z.array(ImportJobSchema) }),
      handler: async ({ caller }) => ({ jobs: await listImportJobs(caller.userId) }),
    }),
    defineOperation({
      id: "getImport",
      method: "GET",
      path: "/imports/{importId}",
      summary: "Get one import job",
      scope: "read",
      pathParams: { importId: "Import" },
      response: z.object({ job: ImportJobSchema }),
      handler: async ({ caller, params }) => ({ job: await getImportJob(caller.userId, params.importId ?? "") }),
    }),
    defineOperation({
      id: "createImport",
      method: "POST",
      path: "/imports",
      summary: "Import a statement",
      description: "The statement's text goes in `content` (the whole request at most 64 KB); the job runs before the response. Duplicates of rows already stored are skipped. Accepts an Idempotency-Key header.",
      scope: "write",
      body: CreateImportInput,
      response: z.object({ job: ImportJobSchema }),
      successStatus: 201,
      handler: async ({ caller, body }) => {
        const file = new File([body.content], body.fileName);
        const fields = { accountId: body.accountId, format: body.format, mapping: body.mapping ? JSON.stringify(body.mapping) : undefined };
        const { run } = await createImportJob(caller.userId, { file, fields });
        return { job: await run() };
      },
    }),
  ],
};
