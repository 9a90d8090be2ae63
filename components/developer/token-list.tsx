"use client";

import { useState } from "react";
import { revokeTokenAction } from "@/app/(app)/developer/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import type { ApiTokenView } from "@/lib/api-tokens/list-api-tokens";
import { formatDate } from "@/lib/i18n/format-date";
import { useTranslations } from "next-intl";

function when(iso: string | null, locale: string, fallback: string): string {
  return iso ? formatDate(iso, locale) : fallback;
}

export function TokenList({ tokens, locale }: { tokens: ApiTokenView[]; locale: string }) {
  const t = useTranslations("developer");
  const [error, setError] = useState<string | null>(null);
  async function revoke(id: string) {
    setError(null);
    const result = await revokeTokenAction(id);
    if (!result.ok) setError(result.error.message);
  }
  return (
    <Card title={t("yourTokens")}>
      <FormError message={error} />
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("noTokens")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-slate-600 dark:text-slate-400">
              {[t("name"), t("token"), t("scopes"), t("lastUsed"), t("expires"), t("status"), ""].map((h, i) => <th key={i} scope="col" className="py-2 font-medium">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-2">{token.name}</td>
                <td className="py-2 font-mono text-xs">{token.prefix}…</td>
                <td className="py-2">{token.scopes.join(", ")}</td>
                <td className="py-2">{when(token.lastUsedAt, locale, t("never"))}</td>
                <td className="py-2">{when(token.expiresAt, locale, t("never"))}</td>
                <td className="py-2">{t("tokenStatus", { status: token.status })}</td>
                <td className="py-2 text-right">
                  {token.status === "active" ? <Button variant="secondary" onClick={() => revoke(token.id)} aria-label={t("revokeLabel", { name: token.name })}>{t("revoke")}</Button> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
