"use client";

import { useState } from "react";
import { revokeSessionAction, signOutOthersAction } from "@/app/(app)/security/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import type { UserSessionView } from "@/lib/sessions/list-user-sessions";
import { formatWhen } from "./format-when";
import { useTranslations } from "next-intl";

export function SessionsCard({ sessions, locale }: { sessions: UserSessionView[]; locale: string }) {
  const t = useTranslations("security");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run(action: () => Promise<{ ok: boolean; error?: { message: string } }>) {
    setPending(true);
    setError(null);
    const result = await action();
    setPending(false);
    if (!result.ok) setError(result.error?.message ?? t("genericError"));
  }

  return (
    <Card title={t("activeSessions")}>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label={t("activeSessions")}>
        {sessions.map((session) => (
          <li key={session.id} className="flex items-center justify-between gap-3 py-3">
            <div className="text-sm">
              <p className="font-medium">
                {session.device} {session.current ? <span className="ml-1 rounded bg-brand-600/10 px-1.5 py-0.5 text-xs text-brand-700">{t("thisDevice")}</span> : null}
              </p>
              <p className="text-slate-600 dark:text-slate-400">
                {[session.location, session.ip].filter(Boolean).join(" · ") || t("unknownLocation")} · {t("lastSeen", { when: formatWhen(session.lastSeenAt, locale) })}
              </p>
            </div>
            {session.current ? null : (
              <Button variant="secondary" disabled={pending} onClick={() => run(() => revokeSessionAction(session.id))} aria-label={t("signOutDevice", { device: session.device })}>
                {t("signOut")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <FormError message={error} />
      {sessions.length > 1 ? (
        <Button variant="secondary" className="mt-4" disabled={pending} onClick={() => run(signOutOthersAction)}>
          {t("signOutOthers")}
        </Button>
      ) : null}
    </Card>
  );
}
