import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/developer/api-reference";
import { buildOpenApiDocument } from "@/lib/api/build-openapi-document";
import { requirePageUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("developer"))("apiReference") };
}

export default async function ApiReferencePage() {
  const t = await getTranslations("developer");
  const user = await requirePageUser();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("apiReference")}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t.rich("apiIntro", { link: (chunks) => <a className="text-brand-600 underline" href="/api/v1/openapi.json">{chunks}</a> })}
      </p>
      <ApiReference document={buildOpenApiDocument()} isAdmin={user.role === "admin"} />
    </div>
  );
}
