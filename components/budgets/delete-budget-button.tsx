"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteBudgetAction } from "@/app/(app)/budgets/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useTranslations } from "next-intl";

export function DeleteBudgetButton({ budgetId, name }: { budgetId: string; name: string }) {
  const t = useTranslations("budgets");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  async function remove() {
    const result = await deleteBudgetAction(budgetId);
    if (!result.ok) return setError(result.error.message);
    router.push("/budgets");
    router.refresh();
  }
  return (
    <div className="space-y-2">
      <FormError message={error} />
      {confirming ? (
        <div className="flex items-center gap-3">
          <span className="text-sm">{t("deleteConfirm", { name })}</span>
          <Button variant="primary" className="bg-red-600 hover:bg-red-700" onClick={remove}>{t("yesDelete")}</Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>{t("keepIt")}</Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>{t("deleteBudget")}</Button>
      )}
    </div>
  );
}
