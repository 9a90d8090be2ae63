import { Card } from "@/components/ui/card";
import type { SecurityEventView } from "@/lib/sessions/list-security-events";
import { formatWhen } from "./format-when";
import { useTranslations } from "next-intl";

export function SecurityEventsCard({ events, locale }: { events: SecurityEventView[]; locale: string }) {
  const t = useTranslations("security");
  return (
    <Card title={t("events")}>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("eventsEmpty")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-slate-600 dark:text-slate-400">
              <th scope="col" className="py-2 font-medium">{t("event")}</th>
              <th scope="col" className="py-2 font-medium">{t("from")}</th>
              <th scope="col" className="py-2 font-medium">{t("when")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-2">{event.label}</td>
                <td className="py-2">{event.ip ?? "—"}</td>
                <td className="py-2">{formatWhen(event.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
