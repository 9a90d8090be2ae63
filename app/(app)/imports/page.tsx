import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportJobsTable } from "@/components/imports/import-jobs-table";
import { SavedMappingsList } from "@/components/imports/saved-mappings-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { listImportJobs } from "@/lib/import-jobs/list-import-jobs";
import { listImportMappings } from "@/lib/import-jobs/list-import-mappings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}
export const dynamic = "force-dynamic";

export default async function ImportsPage() {
  const t = await getTranslations("imports");
  const user = await requirePageUser();
  const [jobs, mappings] = await Promise.all([listImportJobs(user.id), listImportMappings(user.id)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={<LinkButton href="/imports/new" variant="primary">{t("importStatement")}</LinkButton>}
      />
      <Card title={t("recent")}>
        {jobs.length ? <ImportJobsTable jobs={jobs} /> : (
          <EmptyState title={t("emptyTitle")} actions={<LinkButton href="/imports/new">{t("importStatement")}</LinkButton>}>
            {t("emptyBody")}
          </EmptyState>
        )}
      </Card>
      <Card title={t("savedMappings")}>
        <SavedMappingsList mappings={mappings} />
      </Card>
    </div>
  );
}
