import type { Metadata } from "next";
import { StreamList } from "@/components/recurring/stream-list";
import { requirePageUser } from "@/lib/auth/current-user";
import { listRecurringStreams } from "@/lib/recurring/list-recurring-streams";

export const metadata: Metadata = { title: "Recurring" };

export default async function RecurringPage() {
  const user = await requirePageUser();
  const streams = await listRecurringStreams(user.id, { includeDismissed: true });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Recurring</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Bills, subscriptions and income we found repeating in your history. Confirm, rename or dismiss them; dismissed ones stop feeding alerts and forecasts.
      </p>
      <StreamList streams={streams} locale={user.locale} />
    </div>
  );
}
