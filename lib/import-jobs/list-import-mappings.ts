import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

export interface ImportMappingView {
  id: string;
  headerFingerprint: string;
  headers: string[];
  updatedAt: string;
}

export async function listImportMappings(userId: string): Promise<ImportMappingView[]> {
  const rows = await prisma().importMapping.findMany({ where: { userId }, orderBy: { updatedAt: "desc" }, select: { id: true, headerFingerprint: true, mapping: true, updatedAt: true } });
  return rows.map((row) => {
    const headers = (row.mapping as { headers?: unknown } | null)?.headers;
    return {
      id: row.id,
      headerFingerprint: row.headerFingerprint.trim(),
      headers: Array.isArray(headers) ? headers.filter((h): h is string => typeof h === "string") : [],
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/** Forgets a saved mapping; the next file with that header gets a fresh suggestion. A foreign id is "not found". */
export async function deleteImportMapping(userId: string, mappingId: string): Promise<void> {
  const { count } = await prisma().importMapping.deleteMany({ where: { id: mappingId, userId } });
  if (count === 0) throw notFound("Mapping");
}
