import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/imports/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { requirePageUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("importStatement") };
}
export const dynamic = "force-dynamic";

export default async function NewImportPage() {
  const t = await getTranslations("imports");
  const user = await requirePageUser();
  const accounts = await listAccounts(user.id);
  return (
    <div className="space-y-6">
      <PageHeader title={t("importStatement")} description={t("newIntro")} />
      <ImportWizard accounts={accounts.map((a) => ({ id: a.id, name: a.name, currency: a.currency.trim() }))} homeCurrency={user.homeCurrency} />
    </div>
  );
}
