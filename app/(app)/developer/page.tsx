import type { Metadata } from "next";
import Link from "next/link";
import { CreateTokenForm } from "@/components/developer/create-token-form";
import { TokenList } from "@/components/developer/token-list";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Developer" };

export default async function DeveloperPage() {
  const user = await requirePageUser();
  const tokens = await listApiTokens(user.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Developer</h1>
        <Link href="/developer/api" className="text-sm font-medium text-brand-600 underline-offset-2 hover:underline">
          API reference
        </Link>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Personal access tokens call the REST API at <code>/api/v1</code> as you: send <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <CreateTokenForm />
      <TokenList tokens={tokens} locale={user.locale} />
    </div>
  );
}
