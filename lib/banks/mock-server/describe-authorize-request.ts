import type { ProviderId } from "@/lib/banks/provider";
import { isProviderId } from "@/lib/banks/registry";
import { MOCK_BANK_BRANDS, type MockBankBrand } from "./mock-bank-brands";
import { OAuthError, validateAuthorizeParams } from "./mock-bank-oauth";

/** What the consent page needs: the bank's brand, the request's parameters, and why it is refused, if it is. */
export function describeAuthorizeRequest(
  bankParam: string,
  searchParams: Record<string, string | string[] | undefined>,
): { brand: MockBankBrand & { id: ProviderId }; query: Record<string, string>; problem: string | null } | null {
  if (!isProviderId(bankParam)) return null;
  const query = Object.fromEntries(Object.entries(searchParams).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
  let problem: string | null = null;
  try {
    validateAuthorizeParams(bankParam, query);
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    problem = error.description;
  }
  return { brand: MOCK_BANK_BRANDS[bankParam], query, problem };
}
