import type { Metadata } from "next";
import { ManualAccountForm } from "@/components/manual/manual-account-form";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "New manual account" };

export default async function NewManualAccountPage() {
  const user = await requirePageUser();
  return (
    <div className="mx-auto max-w-lg">
      <ManualAccountForm homeCurrency={user.homeCurrency} />
    </div>
  );
}
