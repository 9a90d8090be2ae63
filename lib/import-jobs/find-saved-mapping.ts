import { prisma } from "@/lib/db";
import { headerFingerprint } from "@/lib/imports/header-fingerprint";
import { CsvMappingSchema, type CsvMapping } from "@/lib/imports/suggest-csv-mapping";

/** The user's saved mapping for this header, validated again on the way out of storage. */
export async function findSavedMapping(userId: string, headers: readonly string[]): Promise<CsvMapping | undefined> {
  const saved = await prisma().importMapping.findUnique({
    where: { userId_headerFingerprint: { userId, headerFingerprint: headerFingerprint(headers) } },
    select: { mapping: true },
  });
  const value = (saved?.mapping as { mapping?: unknown } | null | undefined)?.mapping;
  const parsed = CsvMappingSchema.safeParse(value);
  if (!parsed.success) return undefined;
  // A mapping saved for this header cannot point past its columns, but an edited one in storage could.
  const width = headers.length;
  const columns = Object.values(parsed.data.columns).flatMap((v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]));
  return columns.every((index) => index < width) ? parsed.data : undefined;
}
