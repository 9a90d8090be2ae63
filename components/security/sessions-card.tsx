"use client";

import { useState } from "react";
import { revokeSessionAction, signOutOthersAction } from "@/app/(app)/security/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import type { UserSessionView } from "@/lib/sessions/list-user-sessions";
import { formatWhen } from "./format-when";

export function SessionsCard({ sessions, locale }: { sessions: UserSessionView[]; locale: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run(action: () => Promise<{ ok: boolean; error?: { message: string } }>) {
    setPending(true);
    setError(null);
    const result = await action();
    setPending(false);
    if (!result.ok) setError(result.error?.message ?? "Something went wrong");
  }

  return (
    <Card title="Active sessions">
      <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Active sessions">
        {sessions.map((session) => (
          <li key={session.id} className="flex items-center justify-between gap-3 py-3">
            <div className="text-sm">
              <p className="font-medium">
                {session.device} {session.current ? <span className="ml-1 rounded bg-brand-600/10 px-1.5 py-0.5 text-xs text-brand-700">This device</span> : null}
              </p>
              <p className="text-slate-600 dark:text-slate-400">
                {[session.location, session.ip].filter(Boolean).join(" · ") || "Unknown location"} · last seen {formatWhen(session.lastSeenAt, locale)}
              </p>
            </div>
            {session.current ? null : (
              <Button variant="secondary" disabled={pending} onClick={() => run(() => revokeSessionAction(session.id))} aria-label={`Sign out ${session.device}`}>
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
      <FormError message={error} />
      {sessions.length > 1 ? (
        <Button variant="secondary" className="mt-4" disabled={pending} onClick={() => run(signOutOthersAction)}>
          Sign out all other sessions
        </Button>
      ) : null}
    </Card>
  );
}
