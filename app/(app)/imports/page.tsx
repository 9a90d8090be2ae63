import type { Metadata } from "next";
import { ImportJobsTable } from "@/components/imports/import-jobs-table";
import { SavedMappingsList } from "@/components/imports/saved-mappings-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { listImportJobs } from "@/lib/import-jobs/list-import-jobs";
import { listImportMappings } from "@/lib/import-jobs/list-import-mappings";

export const metadata: Metadata = { title: "Imports" };
export const dynamic = "force-dynamic";

export default async function ImportsPage() {
  const user = await requirePageUser();
  const [jobs, mappings] = await Promise.all([listImportJobs(user.id), listImportMappings(user.id)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Imports"
        description="Statement files (CSV, OFX/QFX, QIF, camt.053) go through the same duplicate checks and categorization as synced data."
        actions={<LinkButton href="/imports/new" variant="primary">Import a statement</LinkButton>}
      />
      <Card title="Recent imports">
        {jobs.length ? <ImportJobsTable jobs={jobs} /> : (
          <EmptyState title="No imports yet" actions={<LinkButton href="/imports/new">Import a statement</LinkButton>}>
            Upload a statement file from your bank; re-importing the same file never adds a row twice.
          </EmptyState>
        )}
      </Card>
      <Card title="Saved CSV mappings">
        <SavedMappingsList mappings={mappings} />
      </Card>
    </div>
  );
}
