"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export function SignOutConfirmation() {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  return (
    <Card title={t("signOutTitle")}>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{t("signOutBody")}</p>
      <div className="flex gap-3">
        <Button onClick={() => signOut({ callbackUrl: "/sign-in" })}>{t("signOut")}</Button>
        <Link href="/dashboard" className="inline-flex items-center rounded-lg px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
          {tc("cancel")}
        </Link>
      </div>
    </Card>
  );
}
