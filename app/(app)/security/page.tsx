import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/security/change-password-form";
import { EmailVerificationCard } from "@/components/security/email-verification-card";
import { SecurityEventsCard } from "@/components/security/security-events-card";
import { SessionsCard } from "@/components/security/sessions-card";
import { findCurrentSession } from "@/lib/auth/current-user";
import { isEmailVerified } from "@/lib/auth/email-verification";
import { listSecurityEvents } from "@/lib/sessions/list-security-events";
import { listUserSessions } from "@/lib/sessions/list-user-sessions";
import { redirect } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("title") };
}

export default async function SecurityPage() {
  const t = await getTranslations("security");
  const session = await findCurrentSession();
  if (!session) redirect("/sign-in");
  const { user, sessionId } = session;
  const [sessions, events, verified] = await Promise.all([listUserSessions(user.id, sessionId), listSecurityEvents(user.id), isEmailVerified(user.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <SessionsCard sessions={sessions} locale={user.locale} />
        <div className="space-y-6">
          <ChangePasswordForm />
          <EmailVerificationCard email={user.email} verified={verified} />
        </div>
      </div>
      <SecurityEventsCard events={events} locale={user.locale} />
    </div>
  );
}
