import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { findCurrentUser } from "@/lib/auth/current-user";
import { DEFAULT_LANGUAGE, languageOf } from "@/lib/i18n/languages";
import "./globals.css";

// "system" follows the device, which only the browser knows: this runs before first paint (no flash)
// and keeps following the device if it switches while the page is open.
const SYSTEM_THEME_SCRIPT = `(function(){var d=document.documentElement;if(d.dataset.theme!=="system")return;var m=matchMedia("(prefers-color-scheme: dark)");var a=function(){d.classList.toggle("dark",m.matches)};a();m.addEventListener("change",a)})()`;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Fathom", template: "%s · Fathom" }, description: t("tagline"), icons: { icon: "/favicon.svg" } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await findCurrentUser();
  const theme = user?.theme ?? "system";
  // The language the text is in (lib/i18n/request.ts), which for a ja-JP user is English, not their formatting locale.
  const lang = languageOf(await getLocale()) ?? DEFAULT_LANGUAGE;
  return (
    <html lang={lang} data-theme={theme} className={theme === "dark" ? "dark" : undefined} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: SYSTEM_THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
