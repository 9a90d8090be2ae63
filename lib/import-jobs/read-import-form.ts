import { AppError, invalidField } from "@/lib/errors";
import { formatMegabytes, MAX_IMPORT_BYTES } from "./import-limits";
import type { UploadedFile } from "./import-input";

/** Multipart overhead (boundaries, the text fields) on top of the file itself. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

/**
 * Reads the upload form: the "file" part and the text fields. A body far past the limit is refused from
 * its Content-Length before anything is buffered; the exact per-file check (with the file's name) is
 * readUploadedFile's.
 */
export async function readImportForm(request: Request): Promise<{ file: UploadedFile | null; fields: Record<string, string> }> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_IMPORT_BYTES + FORM_OVERHEAD_BYTES) {
    throw invalidField("file", `the upload is ${formatMegabytes(length)}; the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}`, "errors.importUploadTooLarge", { size: formatMegabytes(length), limit: formatMegabytes(MAX_IMPORT_BYTES) });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("validation", "file: send the statement as multipart/form-data with a \"file\" field");
  }
  const fields: Record<string, string> = {};
  let file: UploadedFile | null = null;
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") fields[key] = value;
    else if (key === "file") file = { name: value.name, size: value.size, bytes: async () => new Uint8Array(await value.arrayBuffer()) };
  }
  return { file, fields };
}
