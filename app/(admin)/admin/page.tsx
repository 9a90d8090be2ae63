import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BankFaultsCard } from "@/components/admin/bank-faults-card";
import { SyncHealthCard } from "@/components/admin/sync-health-card";
import { UsersCard } from "@/components/admin/users-card";
import { listSyncHealth } from "@/lib/admin/list-sync-health";
import { listUsers } from "@/lib/admin/list-users";
import { requirePageUser } from "@/lib/auth/current-user";
import { getMockBankFaults } from "@/lib/banks/mock-server/mock-bank-faults";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const user = await requirePageUser();
  // A plain user gets the ordinary 404 page: nothing says an admin area exists.
  if (user.role !== "admin") notFound();
  const t = await getTranslations("admin");
  const [users, health] = await Promise.all([listUsers(), listSyncHealth()]);
  const faults = (["bank-a", "bank-b", "bank-c"] as const).map((bank) => ({ bank, config: getMockBankFaults(bank) }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <UsersCard users={users} currentUserId={user.id} />
      <SyncHealthCard health={health} />
      <BankFaultsCard faults={faults} />
    </div>
  );
}
