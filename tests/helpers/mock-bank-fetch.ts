/**
 * A `fetch` for provider modules that dispatches to the mock banks' real route handlers in-process:
 * the same Request objects, headers, bodies and status codes as over a socket, without the socket.
 */
import { NextRequest } from "next/server";
import * as accountsRoute from "@/app/api/mock-banks/[bank]/accounts/route";
import * as faultsRoute from "@/app/api/mock-banks/[bank]/admin/faults/route";
import * as consentRoute from "@/app/api/mock-banks/[bank]/consent/route";
import * as revokeRoute from "@/app/api/mock-banks/[bank]/revoke/route";
import * as signInRoute from "@/app/api/mock-banks/[bank]/sign-in/route";
import * as tokenRoute from "@/app/api/mock-banks/[bank]/token/route";
import * as transactionsRoute from "@/app/api/mock-banks/[bank]/transactions/route";

type Handler = (request: NextRequest, segment: { params: Promise<{ bank: string }> }) => Promise<Response>;

const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  accounts: { GET: accountsRoute.GET },
  transactions: { GET: transactionsRoute.GET },
  token: { POST: tokenRoute.POST },
  revoke: { POST: revokeRoute.POST },
  "sign-in": { POST: signInRoute.POST },
  consent: { POST: consentRoute.POST },
  "admin/faults": { GET: faultsRoute.GET, PUT: faultsRoute.PUT, POST: faultsRoute.POST },
};

/** Counts requests per path so tests can assert how often a bank was called. */
export const mockBankCalls: string[] = [];

export const mockBankFetch: typeof fetch = async (input, init) => {
  const request = input instanceof Request ? input : new Request(input, init);
  const url = new URL(request.url);
  const match = /^\/api\/mock-banks\/([^/]+)\/(.+)$/.exec(url.pathname);
  const handler = match ? ROUTES[match[2] ?? ""]?.[request.method] : undefined;
  if (!match || !handler) return new Response("not found", { status: 404 });
  mockBankCalls.push(`${request.method} ${url.pathname}`);
  return handler(new NextRequest(request), { params: Promise.resolve({ bank: match[1] ?? "" }) });
};

export async function callMockBank(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const init: RequestInit = { method, headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers } };
  if (body !== undefined) init.body = JSON.stringify(body);
  return mockBankFetch(`http://localhost:3000${path}`, init);
}

/** Plays the customer on the bank's consent page: sign in, then approve (all or some accounts) or deny. */
export async function answerConsent(
  authorizationUrl: string,
  answer: { username?: string; password: string; decision?: "approve" | "deny"; accountIds?: (accounts: Array<{ id: string }>) => string[] },
): Promise<URL> {
  const url = new URL(authorizationUrl);
  const bank = /\/mock-banks\/([^/]+)\/authorize$/.exec(url.pathname)?.[1];
  if (!bank) throw new Error(`not a mock bank authorization URL: ${authorizationUrl}`);
  const params = Object.fromEntries(url.searchParams);
  const signIn = await callMockBank("POST", `/api/mock-banks/${bank}/sign-in`, { username: answer.username ?? "alex.morgan", password: answer.password, params });
  if (signIn.status !== 200) throw new Error(`bank sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const { ticket, accounts } = (await signIn.json()) as { ticket: string; accounts: Array<{ id: string }> };
  const accountIds = answer.accountIds ? answer.accountIds(accounts) : accounts.map((a) => a.id);
  const consent = await callMockBank("POST", `/api/mock-banks/${bank}/consent`, { params, ticket, decision: answer.decision ?? "approve", accountIds });
  if (consent.status !== 200) throw new Error(`bank consent failed: ${consent.status} ${await consent.text()}`);
  return new URL(((await consent.json()) as { redirectTo: string }).redirectTo);
}

export const DEMO_PASSWORDS = { "bank-a": "harbor-demo-2026", "bank-b": "nimbus-demo-2026", "bank-c": "kontor-demo-2026" } as const;
