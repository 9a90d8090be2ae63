import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignOutConfirmation } from "@/components/auth/sign-out-confirmation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signOut") };
}

export default function SignOutPage() {
  return <SignOutConfirmation />;
}
