"use client";

import { useState } from "react";
import { revokeTokenAction } from "@/app/(app)/developer/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import type { ApiTokenView } from "@/lib/api-tokens/list-api-tokens";

function when(iso: string | null, locale: string, fallback: string): string {
  return iso ? new Date(iso).toLocaleDateString(locale, { dateStyle: "medium", timeZone: "UTC" }) : fallback;
}

export function TokenList({ tokens, locale }: { tokens: ApiTokenView[]; locale: string }) {
  const [error, setError] = useState<string | null>(null);
  async function revoke(id: string) {
    setError(null);
    const result = await revokeTokenAction(id);
    if (!result.ok) setError(result.error.message);
  }
  return (
    <Card title="Your tokens">
      <FormError message={error} />
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No tokens yet.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-slate-600 dark:text-slate-400">
              {["Name", "Token", "Scopes", "Last used", "Expires", "Status", ""].map((h, i) => <th key={i} scope="col" className="py-2 font-medium">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-2">{token.name}</td>
                <td className="py-2 font-mono text-xs">{token.prefix}…</td>
                <td className="py-2">{token.scopes.join(", ")}</td>
                <td className="py-2">{when(token.lastUsedAt, locale, "Never")}</td>
                <td className="py-2">{when(token.expiresAt, locale, "Never")}</td>
                <td className="py-2">{token.status}</td>
                <td className="py-2 text-right">
                  {token.status === "active" ? <Button variant="secondary" onClick={() => revoke(token.id)} aria-label={`Revoke ${token.name}`}>Revoke</Button> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
