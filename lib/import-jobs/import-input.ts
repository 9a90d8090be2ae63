import { z, ZodError } from "zod";
import { AppError, invalidField, notFound } from "@/lib/errors";
import type { Rejection } from "@/lib/imports/rejection";
import { CsvMappingSchema, type CsvMapping } from "@/lib/imports/suggest-csv-mapping";
import type { StatementFormat } from "@/lib/imports/types";
import { describeOversizedFile, formatMegabytes, MAX_IMPORT_BYTES } from "./import-limits";

/** An uploaded file as the route read it from the multipart body. */
export interface UploadedFile {
  name: string;
  size: number;
  bytes: () => Promise<Uint8Array>;
}

export const FormatInput = z.enum(["auto", "csv", "ofx", "qif", "camt053"], "must be auto, csv, ofx, qif or camt053").default("auto");

const UuidText = z.string().trim().min(1, "choose an account to import into");

/** Text fields of the upload form; the mapping arrives as JSON text. */
export const ImportFieldsInput = z.object({
  accountId: UuidText,
  format: FormatInput,
  mapping: z.string().optional(),
});

export const PreviewFieldsInput = z.object({
  /** Optional: the target account's currency is the default for files that state none. */
  accountId: z.string().trim().optional(),
  format: FormatInput,
  mapping: z.string().optional(),
});

export function parseFields<T extends z.ZodType>(schema: T, fields: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

/** A missing or oversized file is a 422 naming the field; the size check runs before any byte is read. */
export async function readUploadedFile(file: UploadedFile | null): Promise<{ name: string; bytes: Uint8Array }> {
  if (!file || file.size === 0) throw invalidField("file", "choose a statement file to import", "errors.importChooseFile");
  if (file.size > MAX_IMPORT_BYTES) throw invalidField("file", describeOversizedFile(file.name, file.size), "errors.importFileTooLarge", { name: file.name, size: formatMegabytes(file.size), limit: formatMegabytes(MAX_IMPORT_BYTES) });
  return { name: file.name.slice(0, 200) || "statement", bytes: await file.bytes() };
}

export function parseMappingText(text: string | undefined): CsvMapping | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalidField("mapping", "must be valid JSON", "validation.json");
  }
  const parsed = CsvMappingSchema.safeParse(json);
  if (!parsed.success) // Re-rooted under "mapping" so both the English text and the translated one name the full field.
  if (!parsed.success) throw new ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: ["mapping", ...issue.path] })));
  return parsed.data;
}

export function formatOption(format: z.infer<typeof FormatInput>): StatementFormat | "auto" {
  return format;
}

/** Ids that are not UUIDs cannot name an account: "not found", like a foreign one. */
export function assertUuid(value: string, what: string): string {
  if (!z.uuid().safeParse(value).success) throw notFound(what);
  return value;
}

/** A file that cannot be imported at all: a 422 naming the file field, translatable when the parser gave a code. */
export function rejectedFile(rejection: Rejection): AppError {
  const { code, params } = rejection;
  return new AppError("validation", `file: ${rejection.reason}`, code ? { text: { key: `rejections.${code}`, params, field: "file" } } : undefined);
}
