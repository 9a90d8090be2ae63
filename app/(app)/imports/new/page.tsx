import type { Metadata } from "next";
import { ImportWizard } from "@/components/imports/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Import a statement" };
export const dynamic = "force-dynamic";

export default async function NewImportPage() {
  const user = await requirePageUser();
  const accounts = await listAccounts(user.id);
  return (
    <div className="space-y-6">
      <PageHeader title="Import a statement" description="Choose the account and the file, check the preview, then import." />
      <ImportWizard accounts={accounts.map((a) => ({ id: a.id, name: a.name, currency: a.currency.trim() }))} homeCurrency={user.homeCurrency} />
    </div>
  );
}
