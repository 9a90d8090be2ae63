"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { ImportMappingView } from "@/lib/import-jobs/list-import-mappings";
import { useTranslations } from "next-intl";

/** Saved mappings by their header; forgetting one makes the next file with that header start from a fresh guess. */
export function SavedMappingsList({ mappings }: { mappings: ImportMappingView[] }) {
  const t = useTranslations("imports");
  const [items, setItems] = useState(mappings);
  const [error, setError] = useState<string | null>(null);
  if (items.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("mappingsEmpty")}</p>;
  async function forget(id: string) {
    setError(null);
    const response = await fetch(`/api/imports/mappings/${id}`, { method: "DELETE" });
    if (!response.ok) {
      setError(((await response.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? t("mappingRemoveFailed"));
      return;
    }
    setItems((current) => current.filter((m) => m.id !== id));
  }
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {items.map((m) => (
          <li key={m.id} className="flex items-center justify-between gap-4 py-2 text-sm">
            <span className="min-w-0 truncate">{m.headers.join(" · ") || m.headerFingerprint}</span>
            <Button variant="secondary" onClick={() => forget(m.id)} aria-label={t("forgetLabel", { headers: m.headers.join(", ") })}>{t("forget")}</Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
