/** Dotted paths of catalog leaves, so a key stored as data (not passed to t("…")) is still type-checked. */
import type { Messages } from "@/lib/i18n/load-messages";

type Leaves<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Keys an AppError may carry for the UI: errors.* sentences, validation.* field messages, rejections.* file problems. */
export type ErrorTextKey = Leaves<Messages["errors"], "errors."> | Leaves<Messages["validation"], "validation."> | Leaves<Messages["rejections"], "rejections.">;

/** Keys of statement-import rejection reasons and sync quarantine reasons (rejections.*, without the namespace). */
export type RejectionKey = Leaves<Messages["rejections"], "">;
