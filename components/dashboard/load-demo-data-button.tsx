"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { loadDemoDataAction } from "@/app/(app)/dashboard/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

/** One click fills an empty account with a year of generated data; a second click changes nothing. */
export function LoadDemoDataButton() {
  const t = useTranslations("dashboard");
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: string | null }>({ busy: false, message: null, error: null });
  const load = async () => {
    setState({ busy: true, message: null, error: null });
    const result = await loadDemoDataAction();
    if (!result.ok) return setState({ busy: false, message: null, error: result.error.message });
    const { created, transactions, accounts } = result.data;
    setState({ busy: false, error: null, message: created ? t("demoLoaded", { count: transactions, accounts }) : t("demoAlreadyLoaded") });
    router.refresh();
  };
  return (
    <div className="mt-4 flex flex-col items-center gap-2">
      <Button type="button" variant="secondary" onClick={load} disabled={state.busy}>
        {state.busy ? t("loadingDemo") : t("loadDemo")}
      </Button>
      {state.busy ? <p role="status" className="text-xs text-slate-600 dark:text-slate-400">{t("loadingDemo")}</p> : null}
      {state.message ? <p role="status" className="text-xs text-slate-600 dark:text-slate-400">{state.message}</p> : null}
      <FormError message={state.error} />
    </div>
  );
}
