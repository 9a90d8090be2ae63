import { formatDateTime } from "@/lib/i18n/format-date";

export function formatWhen(iso: string, locale: string): string {
  return `${formatDateTime(iso, locale)} UTC`;
}
