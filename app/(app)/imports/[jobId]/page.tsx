import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ImportJobStatus } from "@/components/imports/import-job-status";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { parseIdParam } from "@/lib/http/uuid-param";
import { getImportJob } from "@/lib/import-jobs/list-import-jobs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("importTitle") };
}
export const dynamic = "force-dynamic";

async function load(userId: string, jobId: string) {
  try {
    return await getImportJob(userId, parseIdParam(jobId, "Import"));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function ImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const t = await getTranslations("imports");
  const user = await requirePageUser();
  const job = await load(user.id, (await params).jobId);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("importOf", { file: job.fileName })}
        description={t("jobIntro")}
        actions={<><LinkButton href="/imports">{t("allImports")}</LinkButton><LinkButton href="/imports/new" variant="primary">{t("importAnother")}</LinkButton></>}
      />
      <ImportJobStatus initial={job} />
    </div>
  );
}
