import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StreamList } from "@/components/recurring/stream-list";
import { requirePageUser } from "@/lib/auth/current-user";
import { listRecurringStreams } from "@/lib/recurring/list-recurring-streams";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recurring"))("title") };
}

export default async function RecurringPage() {
  const t = await getTranslations("recurring");
  const user = await requirePageUser();
  const streams = await listRecurringStreams(user.id, { includeDismissed: true });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t("intro")}
      </p>
      <StreamList streams={streams} locale={user.locale} />
    </div>
  );
}
