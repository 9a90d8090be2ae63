import { redirect } from "next/navigation";
import { findCurrentUser } from "@/lib/auth/current-user";

export default async function Home() {
  redirect((await findCurrentUser()) ? "/dashboard" : "/sign-in");
}
