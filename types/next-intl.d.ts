import type { Messages } from "@/lib/i18n/load-messages";

// Typed keys: t("nav.missing") is a type error, so English is the catalog every call is checked against.
declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
