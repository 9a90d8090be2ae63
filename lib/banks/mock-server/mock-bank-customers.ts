/** The banks' customers: demo sign-in, the customer reference a grant carries, and their synthetic data. */
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { bankViewAt, type BankViewAccount } from "@/lib/generator/bank-view-at";
import { hashString } from "@/lib/generator/create-random";
import { generateHistory } from "@/lib/generator/generate-history";
import type { GeneratedDataset, PersonaKey } from "@/lib/generator/types";
import type { ProviderId } from "@/lib/banks/provider";
import { MOCK_BANK_BRANDS } from "./mock-bank-brands";
import { bankInstant, DATASET_MONTHS, datasetStartDate } from "./mock-bank-clock";

export const BankSignInInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,32}$/, "must be 3 to 32 letters, digits, dots, dashes or underscores"),
  password: z.string().min(1, "is required").max(200),
});

/** "<persona>:<seed>:<YYYY-MM-01>": everything needed to regenerate the customer's data, nothing personal. */
export interface CustomerRef {
  persona: PersonaKey;
  seed: number;
  startDate: string;
}

const CustomerRefSchema = z
  .string()
  .regex(/^(us|uk|in):(\d{1,10}):(\d{4}-\d{2}-01)$/)
  .transform((value): CustomerRef => {
    const [persona, seed, startDate] = value.split(":") as [PersonaKey, string, string];
    return { persona, seed: Number(seed), startDate };
  });

export function formatCustomerRef(ref: CustomerRef): string {
  return `${ref.persona}:${ref.seed}:${ref.startDate}`;
}

export function parseCustomerRef(value: string): CustomerRef {
  return CustomerRefSchema.parse(value);
}

function passwordMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks the demo credentials and returns the customer's reference. A customer who signed in before
 * keeps their first timeline (the earliest grant's start date), as a real bank keeps one customer record.
 */
export async function signInAtBank(bank: ProviderId, input: z.input<typeof BankSignInInput>, now: Date): Promise<string | null> {
  const { username, password } = BankSignInInput.parse(input);
  const brand = MOCK_BANK_BRANDS[bank];
  if (!passwordMatches(password, brand.demoPassword)) return null;
  // Banks A and B share the persona, so the seed ignores the bank for them: one person, two banks.
  const seed = hashString(username) % 1_000_000_000;
  const samePerson = `${brand.persona}:${seed}:`;
  const earlier = await prisma().mockBankGrant.findFirst({ where: { bank, customerRef: { startsWith: samePerson } }, orderBy: { createdAt: "asc" }, select: { customerRef: true } });
  return earlier?.customerRef ?? formatCustomerRef({ persona: brand.persona, seed, startDate: datasetStartDate(now) });
}

const holder = globalThis as typeof globalThis & { fathomMockBankDatasets?: Map<string, GeneratedDataset> };
const CACHE_SIZE = 32;

/** Generating 24 months takes ~100 ms, so recent customers' datasets are kept (least recently used out). */
export function datasetForCustomer(customerRef: string): GeneratedDataset {
  const cache = (holder.fathomMockBankDatasets ??= new Map());
  const cached = cache.get(customerRef);
  if (cached) {
    cache.delete(customerRef);
    cache.set(customerRef, cached);
    return cached;
  }
  const ref = parseCustomerRef(customerRef);
  const { dataset } = generateHistory({ seed: ref.seed, months: DATASET_MONTHS, persona: ref.persona, startDate: ref.startDate });
  cache.set(customerRef, dataset);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? "");
  return dataset;
}

/** Only the accounts a grant covers: the bank never serves an account the customer did not share. */
export function restrictToAccounts(dataset: GeneratedDataset, accountIds: readonly string[]): GeneratedDataset {
  const allowed = new Set(accountIds);
  return { ...dataset, accounts: dataset.accounts.filter((a) => allowed.has(a.id)), transactions: dataset.transactions.filter((t) => allowed.has(t.accountId)) };
}

/** The accounts the customer holds at this bank right now, for the consent page's picker. */
export function listCustomerAccounts(bank: ProviderId, customerRef: string, now: Date): BankViewAccount[] {
  const dataset = datasetForCustomer(customerRef);
  return bankViewAt(dataset, bankInstant(dataset, now), { bankId: bank }).accounts;
}
