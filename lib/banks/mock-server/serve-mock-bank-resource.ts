/** GET /api/mock-banks/<bank>/<accounts|transactions>: bearer auth, the grant's data, faults, rendering. */
import { encodeLatin1, escapeXml } from "@/lib/banks/mock/bank-c";
import { handleMockBankRequest, type MockBankResponse } from "@/lib/banks/mock/handle-mock-bank-request";
import type { ProviderId } from "@/lib/banks/provider";
import { bankInstant } from "./mock-bank-clock";
import { datasetForCustomer, restrictToAccounts } from "./mock-bank-customers";
import { faultRandom, getMockBankFaults } from "./mock-bank-faults";
import { authenticateAccessToken, OAuthError } from "./mock-bank-oauth";

function unauthorized(bank: ProviderId, description: string): MockBankResponse {
  // RFC 6750 §3: the reason goes in WWW-Authenticate as well as the body, in the bank's own format.
  const headers: Record<string, string> = { "www-authenticate": `Bearer error="invalid_token", error_description="${description}"` };
  if (bank === "bank-c") {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>\n<Error><Code>invalid_token</Code><Text>${escapeXml(description)}</Text></Error>\n`;
    return { status: 401, headers: { ...headers, "content-type": "application/xml; charset=ISO-8859-1" }, body: encodeLatin1(xml), delayMs: 0 };
  }
  return { status: 401, headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ error: { code: "invalid_token", message: description } }), delayMs: 0 };
}

export async function serveMockBankResource(
  bank: ProviderId,
  resource: "accounts" | "transactions",
  request: { authorization: string | null; query: Record<string, string> },
  now: Date,
): Promise<MockBankResponse> {
  let grant;
  try {
    grant = await authenticateAccessToken(bank, request.authorization, now);
  } catch (error) {
    if (error instanceof OAuthError) return unauthorized(bank, error.description);
    throw error;
  }
  const dataset = restrictToAccounts(datasetForCustomer(grant.customerRef), grant.accountIds);
  return handleMockBankRequest(dataset, { bank, resource, query: request.query }, { instant: bankInstant(dataset, now), faults: getMockBankFaults(bank), random: faultRandom(bank) });
}
