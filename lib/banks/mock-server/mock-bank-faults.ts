/**
 * Per-bank fault injection for the mock banks: an in-memory setting per process, starting from the
 * MOCK_BANK_FAULTS environment default. Tests and the dev-only admin route change it at run time.
 * State lives on globalThis because Next may bundle the admin route and the data routes separately.
 */
import { z } from "zod";
import { FaultConfigSchema, type FaultConfig } from "@/lib/banks/mock/decide-fault";
import type { ProviderId } from "@/lib/banks/provider";
import { env } from "@/lib/env";
import { createRandom } from "@/lib/generator/create-random";
import { AppError } from "@/lib/errors";

const BANKS: readonly ProviderId[] = ["bank-a", "bank-b", "bank-c"];

export const MockBankFaultsEnvSchema = z.partialRecord(z.enum(["bank-a", "bank-b", "bank-c"]), FaultConfigSchema);

export const SetFaultsInput = FaultConfigSchema.extend({
  /** Reseeds this bank's fault dice so a test replays the exact fault sequence. */
  seed: z.number().int().min(0).max(0xffffffff).optional(),
});

interface BankFaultState {
  config: FaultConfig;
  random: () => number;
}

const holder = globalThis as typeof globalThis & { fathomMockBankFaults?: Map<ProviderId, BankFaultState> };

const DEFAULT_SEED = 1;

/** The environment default, parsed strictly so a typo in MOCK_BANK_FAULTS is reported, not ignored. */
export function parseFaultsEnv(text: string): Partial<Record<ProviderId, FaultConfig>> {
  if (text.trim() === "") return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("MOCK_BANK_FAULTS must be JSON like {\"bank-a\":{\"errorRate\":0.1}}");
  }
  const parsed = MockBankFaultsEnvSchema.safeParse(json);
  if (!parsed.success) throw new Error(`MOCK_BANK_FAULTS ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

function state(): Map<ProviderId, BankFaultState> {
  if (!holder.fathomMockBankFaults) {
    const defaults = parseFaultsEnv(env().MOCK_BANK_FAULTS);
    holder.fathomMockBankFaults = new Map(
      BANKS.map((bank) => {
        const random = createRandom(DEFAULT_SEED);
        return [bank, { config: defaults[bank] ?? FaultConfigSchema.parse({}), random: () => random.next() }];
      }),
    );
  }
  return holder.fathomMockBankFaults;
}

function bankState(bank: ProviderId): BankFaultState {
  const found = state().get(bank);
  if (!found) throw new AppError("not_found", "Bank was not found");
  return found;
}

export function getMockBankFaults(bank: ProviderId): FaultConfig {
  return bankState(bank).config;
}

export function faultRandom(bank: ProviderId): () => number {
  return bankState(bank).random;
}

/** Replaces the bank's whole fault setting (omitted fields fall back to "no fault"). */
export function setMockBankFaults(bank: ProviderId, input: unknown): FaultConfig {
  const { seed, ...config } = SetFaultsInput.parse(input);
  const current = bankState(bank);
  current.config = config;
  if (seed !== undefined) {
    const random = createRandom(seed);
    current.random = () => random.next();
  }
  return config;
}

/** Back to the environment defaults for every bank. */
export function resetMockBankFaults(): void {
  holder.fathomMockBankFaults = undefined;
}
