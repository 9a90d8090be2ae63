import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { LoadDemoDataButton } from "./load-demo-data-button";

/** A new account's overview: how to get data in, instead of empty charts. */
export function EmptyDashboard() {
  const t = useTranslations("dashboard");
  return (
    <Card className="text-center" title={t("emptyTitle")}>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t("emptyBody")}
      </p>
      <div className="mt-4 flex flex-wrap justify-center gap-2">
        <LinkButton href="/accounts" variant="primary">{t("linkBank")}</LinkButton>
        <LinkButton href="/accounts">{t("addManualAccount")}</LinkButton>
      </div>
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        {t("emptyDemo")}
      </p>
      <LoadDemoDataButton />
    </Card>
  );
}
