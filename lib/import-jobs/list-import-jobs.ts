import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { IMPORT_JOB_SELECT, toImportJobView, type ImportJobView } from "./import-job-view";
import { reapInterruptedImports } from "./reap-interrupted-imports";

/** A job whose worker is gone is ended first (failed, nothing stored), so no job shows "running" forever. */
export async function listImportJobs(userId: string, limit = 50): Promise<ImportJobView[]> {
  await reapInterruptedImports(userId);
  const rows = await prisma().importJob.findMany({ where: { userId }, select: IMPORT_JOB_SELECT, orderBy: { createdAt: "desc" }, take: limit });
  const names = await accountNames(userId, rows.map((r) => r.accountId));
  return rows.map((row) => toImportJobView(row, row.accountId ? (names.get(row.accountId) ?? null) : null));
}

/** A foreign or unknown job is "not found". */
export async function getImportJob(userId: string, jobId: string): Promise<ImportJobView> {
  await reapInterruptedImports(userId);
  const row = await prisma().importJob.findFirst({ where: { id: jobId, userId }, select: IMPORT_JOB_SELECT });
  if (!row) throw notFound("Import");
  const names = await accountNames(userId, [row.accountId]);
  return toImportJobView(row, row.accountId ? (names.get(row.accountId) ?? null) : null);
}

async function accountNames(userId: string, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const accounts = await prisma().account.findMany({ where: { userId, id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(accounts.map((a) => [a.id, a.name]));
}
