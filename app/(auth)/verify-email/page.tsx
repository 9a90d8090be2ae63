import type { Metadata } from "next";
import { VerifyEmailForm } from "@/components/security/verify-email-form";

export const metadata: Metadata = { title: "Confirm your e-mail" };

// Confirming takes a click, not just the GET: mail scanners that prefetch links must not use up the token.
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return <VerifyEmailForm token={typeof token === "string" ? token : ""} />;
}
