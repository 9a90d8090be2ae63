import type { Metadata } from "next";
import type { ReactNode } from "react";
import { findCurrentUser } from "@/lib/auth/current-user";
import "./globals.css";

// "system" follows the device, which only the browser knows: this runs before first paint (no flash)
// and keeps following the device if it switches while the page is open.
const SYSTEM_THEME_SCRIPT = `(function(){var d=document.documentElement;if(d.dataset.theme!=="system")return;var m=matchMedia("(prefers-color-scheme: dark)");var a=function(){d.classList.toggle("dark",m.matches)};a();m.addEventListener("change",a)})()`;

export const metadata: Metadata = {
  title: { default: "Fathom", template: "%s · Fathom" },
  description: "Every account, every transaction, explained.",
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await findCurrentUser();
  const theme = user?.theme ?? "system";
  return (
    <html lang={user?.locale ?? "en"} data-theme={theme} className={theme === "dark" ? "dark" : undefined} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: SYSTEM_THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">{children}</body>
    </html>
  );
}
