import { AppError } from "@/lib/errors";

export const MAX_BODY_BYTES = 64 * 1024;

/** The raw body text, refusing oversized bodies before reading them when the length is declared. */
export async function readRequestBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = () => new AppError("validation", `body: must be at most ${MAX_BODY_BYTES / 1024} KB`);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) throw tooLarge();
  return text;
}

export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") throw new AppError("validation", "body: a JSON body is required");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("validation", "body: must be valid JSON");
  }
}
