/** Builders for integration tests: real rows through the real lib functions, with fixed values. */
import { registerUser } from "@/lib/auth/register-user";
import { prisma } from "@/lib/db";

let sequence = 0;

export async function createUser(name = "Test User"): Promise<{ id: string; email: string; password: string }> {
  sequence += 1;
  const email = `user${sequence}-${Date.now()}@example.test`;
  const password = "correct-horse-battery-staple";
  const user = await registerUser({ name, email, password });
  return { id: user.id, email, password };
}

export async function createManualAccount(userId: string, name = "Checking"): Promise<string> {
  const account = await prisma().account.create({
    data: { userId, source: "manual", type: "checking", name, currency: "USD", currentBalance: 12345n },
  });
  return account.id;
}

export async function createTransaction(userId: string, accountId: string, amount: number, description: string, date = "2026-11-01"): Promise<string> {
  const tx = await prisma().transaction.create({
    data: { userId, accountId, source: "manual", amount: BigInt(amount), currency: "USD", date: new Date(`${date}T00:00:00Z`), description },
  });
  return tx.id;
}
