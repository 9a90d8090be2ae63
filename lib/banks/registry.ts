/**
 * Every bank Fathom can link, found by id. Adding a bank is one provider module plus one case below;
 * the switch is exhaustive over ProviderId, so a bank without a module is a type error.
 */
import { notFound } from "@/lib/errors";
import type { BankProvider, ProviderId } from "./provider";
import { createBankAProvider } from "./providers/bank-a";
import { createBankBProvider } from "./providers/bank-b";
import { createBankCProvider } from "./providers/bank-c";
import type { ProviderOptions } from "./providers/provider-http";

export const PROVIDER_IDS = ["bank-a", "bank-b", "bank-c"] as const satisfies readonly ProviderId[];

export function getProvider(id: ProviderId, options: ProviderOptions = {}): BankProvider {
  switch (id) {
    case "bank-a":
      return createBankAProvider(options);
    case "bank-b":
      return createBankBProvider(options);
    case "bank-c":
      return createBankCProvider(options);
    default: {
      const missing: never = id;
      throw new Error(`no provider module for ${String(missing)}`);
    }
  }
}

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

/** A provider id from a URL or a stored row; anything else is "not found" like any unknown id. */
export function parseProviderId(value: string): ProviderId {
  if (!isProviderId(value)) throw notFound("Bank");
  return value;
}

export function listProviders(): Array<{ id: ProviderId; displayName: string }> {
  return PROVIDER_IDS.map((id) => ({ id, displayName: getProvider(id).displayName }));
}
