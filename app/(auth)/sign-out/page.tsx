import type { Metadata } from "next";
import { SignOutConfirmation } from "@/components/auth/sign-out-confirmation";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return <SignOutConfirmation />;
}
