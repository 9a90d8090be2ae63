"use client";

import { useState } from "react";
import { setUserDisabledAction } from "@/app/(admin)/admin/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import type { AdminUserView } from "@/lib/admin/list-users";
import { useTranslations } from "next-intl";

export function UsersCard({ users, currentUserId }: { users: AdminUserView[]; currentUserId: string }) {
  const t = useTranslations("admin");
  const [error, setError] = useState<string | null>(null);
  async function toggle(user: AdminUserView) {
    setError(null);
    const result = await setUserDisabledAction(user.id, user.disabledAt === null);
    if (!result.ok) setError(result.error.message);
  }
  return (
    <Card title={t("users", { count: users.length })}>
      <FormError message={error} />
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="text-slate-600 dark:text-slate-400">
            {[t("name"), t("email"), t("role"), t("confirmed"), t("banks"), t("status"), ""].map((h, i) => <th key={i} scope="col" className="py-2 font-medium">{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-2">{user.name}</td>
              <td className="py-2">{user.email}</td>
              <td className="py-2">{user.role}</td>
              <td className="py-2">{user.emailVerified ? t("yes") : t("no")}</td>
              <td className="py-2">{user.connections}</td>
              <td className="py-2">{user.disabledAt ? t("disabled") : t("active")}</td>
              <td className="py-2 text-right">
                {user.id === currentUserId ? null : (
                  <Button variant="secondary" onClick={() => toggle(user)} aria-label={t(user.disabledAt ? "enableUser" : "disableUser", { email: user.email })}>
                    {user.disabledAt ? t("enable") : t("disable")}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
