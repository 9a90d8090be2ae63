import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CreateTokenForm } from "@/components/developer/create-token-form";
import { TokenList } from "@/components/developer/token-list";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { requirePageUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("developer"))("title") };
}

export default async function DeveloperPage() {
  const t = await getTranslations("developer");
  const user = await requirePageUser();
  const tokens = await listApiTokens(user.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <Link href="/developer/api" className="text-sm font-medium text-brand-600 underline-offset-2 hover:underline">
          {t("apiReference")}
        </Link>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t.rich("intro", { header: "Authorization: Bearer <token>", code: (chunks) => <code>{chunks}</code> })}
      </p>
      <CreateTokenForm />
      <TokenList tokens={tokens} locale={user.locale} />
    </div>
  );
}
