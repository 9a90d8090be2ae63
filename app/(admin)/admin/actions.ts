"use server";

import { revalidatePath } from "next/cache";
import { assertAdmin } from "@/lib/admin/assert-admin";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { requireUser } from "@/lib/auth/current-user";
import { setMockBankFaults } from "@/lib/banks/mock-server/mock-bank-faults";
import { AppError } from "@/lib/errors";
import { runAction } from "@/lib/http/action-result";

const BANKS = ["bank-a", "bank-b", "bank-c"] as const;

export async function setUserDisabledAction(userId: string, disabled: boolean) {
  return runAction(async () => {
    const admin = await requireUser();
    assertAdmin(admin);
    await setUserDisabled(admin.id, String(userId), disabled === true);
    revalidatePath("/admin");
  });
}

export async function setBankFaultsAction(bank: string, input: { errorRate: number; rateLimitRate: number; latencyMs: number; malformedRate: number }) {
  return runAction(async () => {
    const admin = await requireUser();
    assertAdmin(admin);
    const known = BANKS.find((name) => name === bank);
    if (!known) throw new AppError("validation", "bank: must be bank-a, bank-b or bank-c");
    setMockBankFaults(known, input);
    revalidatePath("/admin");
  });
}
