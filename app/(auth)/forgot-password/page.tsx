import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/security/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("forgotPasswordTitle") };
}

export default function ForgotPasswordPage() {
  return <ForgotPasswordForm />;
}
