import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ManualAccountForm } from "@/components/manual/manual-account-form";
import { requirePageUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("newManual") };
}

export default async function NewManualAccountPage() {
  const t = await getTranslations("accounts");
  const user = await requirePageUser();
  return (
    <div className="mx-auto max-w-lg">
      <ManualAccountForm homeCurrency={user.homeCurrency} />
    </div>
  );
}
