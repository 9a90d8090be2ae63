/**
 * The banks' side of OAuth 2.0 authorization code + PKCE (RFC 6749, 7636, 7009), as a real bank would
 * run it: a registered client with exact redirect URIs, single-use codes that expire in 10 minutes,
 * rotating refresh tokens, revocation, and only SHA-256 digests of codes and tokens in the database.
 */
import { z } from "zod";
import { createRandomSecret, sha256Hex, verifyCodeChallenge } from "@/lib/crypto/pkce";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { ProviderId } from "@/lib/banks/provider";
import { listCustomerAccounts } from "./mock-bank-customers";
import { readLoginTicket } from "./mock-bank-login-ticket";

/** Fathom is the one registered client of every mock bank. */
export const MOCK_BANK_CLIENT_ID = "fathom";
export const CODE_TTL_MS = 10 * 60_000;
export const ACCESS_TOKEN_TTL_SECONDS = 3600;

export function registeredRedirectUri(bank: ProviderId): string {
  return `${env().APP_URL}/api/banks/${bank}/callback`;
}

/** An OAuth protocol error: `error` is the RFC 6749 code, the description is safe to show. */
export class OAuthError extends Error {
  constructor(
    readonly error: "invalid_request" | "invalid_client" | "invalid_grant" | "unsupported_grant_type" | "access_denied" | "invalid_token",
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
    this.name = "OAuthError";
  }
}

export const AuthorizeParamsSchema = z.object({
  response_type: z.literal("code", { error: "must be code" }),
  client_id: z.string({ error: "is required" }),
  redirect_uri: z.string({ error: "is required" }),
  state: z.string({ error: "is required" }).min(16, "must be at least 16 characters").max(256),
  code_challenge: z.string({ error: "is required (PKCE)" }).regex(/^[A-Za-z0-9_-]{43}$/, "must be a base64url SHA-256 digest (PKCE S256)"),
  code_challenge_method: z.literal("S256", { error: "must be S256 (PKCE is required)" }),
});
export type AuthorizeParams = z.infer<typeof AuthorizeParamsSchema>;

/**
 * Checks an authorization request before the consent page shows anything. Errors here are shown on
 * the bank's page and never redirected: redirecting to an unregistered URI would make the bank an open redirector.
 */
export function validateAuthorizeParams(bank: ProviderId, raw: Record<string, string | undefined>): AuthorizeParams {
  const parsed = AuthorizeParamsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OAuthError("invalid_request", issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid authorization request");
  }
  if (parsed.data.client_id !== MOCK_BANK_CLIENT_ID) throw new OAuthError("invalid_client", "client_id: this application is not registered with the bank", 401);
  if (parsed.data.redirect_uri !== registeredRedirectUri(bank)) throw new OAuthError("invalid_request", "redirect_uri: does not exactly match the registered redirect URI");
  return parsed.data;
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

export const ConsentDecisionInput = z.object({
  params: z.record(z.string(), z.string()),
  ticket: z.string().min(1, "is required"),
  decision: z.enum(["approve", "deny"]),
  accountIds: z.array(z.string().min(1)).default([]),
});

/**
 * The customer's answer on the consent page. Approve creates the grant with a single-use code; deny
 * creates nothing. Either way the browser goes back to the client's redirect URI with the state.
 */
export async function decideConsent(bank: ProviderId, input: z.input<typeof ConsentDecisionInput>, now: Date): Promise<{ redirectTo: string }> {
  const { params: rawParams, ticket, decision, accountIds } = ConsentDecisionInput.parse(input);
  const params = validateAuthorizeParams(bank, rawParams);
  const customerRef = readLoginTicket(bank, ticket, now);
  if (!customerRef) throw new OAuthError("access_denied", "Your bank session expired. Sign in again.", 401);
  if (decision === "deny") {
    return { redirectTo: withQuery(params.redirect_uri, { error: "access_denied", error_description: "The customer denied access", state: params.state }) };
  }
  const held = new Set(listCustomerAccounts(bank, customerRef, now).map((account) => account.id));
  const chosen = [...new Set(accountIds)];
  if (chosen.length === 0) throw new OAuthError("invalid_request", "accountIds: choose at least one account to share");
  if (chosen.some((id) => !held.has(id))) throw new OAuthError("invalid_request", "accountIds: one of the accounts is not yours");
  const code = createRandomSecret();
  await prisma().mockBankGrant.create({
    data: {
      bank,
      customerRef,
      accountIds: chosen,
      clientRedirect: params.redirect_uri,
      codeHash: sha256Hex(code),
      codeChallenge: params.code_challenge,
      codeExpiresAt: new Date(now.getTime() + CODE_TTL_MS),
    },
  });
  return { redirectTo: withQuery(params.redirect_uri, { code, state: params.state }) };
}

export interface IssuedTokens {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  refresh_token: string;
}

async function issueTokens(grantId: string, now: Date, previousRefreshHash: string | null): Promise<IssuedTokens> {
  const accessToken = createRandomSecret();
  const refreshToken = createRandomSecret();
  // Rotation is a compare-and-set on the old refresh hash: of two concurrent refreshes only one wins.
  const updated = await prisma().mockBankGrant.updateMany({
    where: { id: grantId, revokedAt: null, ...(previousRefreshHash === null ? {} : { refreshTokenHash: previousRefreshHash }) },
    data: { accessTokenHash: sha256Hex(accessToken), accessExpiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000), refreshTokenHash: sha256Hex(refreshToken) },
  });
  if (updated.count === 0) throw new OAuthError("invalid_grant", "refresh_token: is no longer valid");
  return { access_token: accessToken, token_type: "Bearer", expires_in: ACCESS_TOKEN_TTL_SECONDS, refresh_token: refreshToken };
}

export const TokenRequestInput = z.discriminatedUnion(
  "grant_type",
  [
    z.object({
      grant_type: z.literal("authorization_code"),
      code: z.string({ error: "is required" }).min(1, "is required"),
      redirect_uri: z.string({ error: "is required" }),
      code_verifier: z.string({ error: "is required (PKCE)" }),
      client_id: z.string({ error: "is required" }),
    }),
    z.object({
      grant_type: z.literal("refresh_token"),
      refresh_token: z.string({ error: "is required" }).min(1, "is required"),
      client_id: z.string({ error: "is required" }),
    }),
  ],
  { error: "grant_type: must be authorization_code or refresh_token" },
);

async function exchangeCode(bank: ProviderId, input: { code: string; redirect_uri: string; code_verifier: string }, now: Date): Promise<IssuedTokens> {
  const grant = await prisma().mockBankGrant.findUnique({ where: { codeHash: sha256Hex(input.code) } });
  if (!grant || grant.bank !== bank) throw new OAuthError("invalid_grant", "code: is not valid");
  // Single use: the first attempt consumes the code whether or not it succeeds.
  const claimed = await prisma().mockBankGrant.updateMany({ where: { id: grant.id, codeUsedAt: null }, data: { codeUsedAt: now } });
  if (claimed.count === 0) {
    // RFC 6749 §4.1.2: a replayed code means it leaked; revoke everything issued from it.
    await prisma().mockBankGrant.update({ where: { id: grant.id }, data: { revokedAt: grant.revokedAt ?? now } });
    throw new OAuthError("invalid_grant", "code: was already used");
  }
  if (grant.revokedAt) throw new OAuthError("invalid_grant", "code: the grant was revoked");
  if (!grant.codeExpiresAt || grant.codeExpiresAt <= now) throw new OAuthError("invalid_grant", "code: has expired");
  if (grant.clientRedirect !== input.redirect_uri) throw new OAuthError("invalid_grant", "redirect_uri: does not match the authorization request");
  if (!grant.codeChallenge || !verifyCodeChallenge(input.code_verifier, grant.codeChallenge)) {
    throw new OAuthError("invalid_grant", "code_verifier: does not match the code_challenge");
  }
  return issueTokens(grant.id, now, null);
}

async function refresh(bank: ProviderId, refreshToken: string, now: Date): Promise<IssuedTokens> {
  const hash = sha256Hex(refreshToken);
  const grant = await prisma().mockBankGrant.findUnique({ where: { refreshTokenHash: hash } });
  if (!grant || grant.bank !== bank) throw new OAuthError("invalid_grant", "refresh_token: is not valid");
  if (grant.revokedAt) throw new OAuthError("invalid_grant", "refresh_token: the grant was revoked");
  return issueTokens(grant.id, now, hash);
}

/** POST /token: the client authenticates with PKCE (codes) or possession of the refresh token. */
export async function handleTokenRequest(bank: ProviderId, raw: unknown, now: Date): Promise<IssuedTokens> {
  const parsed = TokenRequestInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".");
    const grantTypeProblem = !field || field === "grant_type";
    throw new OAuthError(grantTypeProblem ? "unsupported_grant_type" : "invalid_request", grantTypeProblem ? "grant_type: must be authorization_code or refresh_token" : `${field}: ${issue?.message ?? "is invalid"}`);
  }
  const request = parsed.data;
  if (request.client_id !== MOCK_BANK_CLIENT_ID) throw new OAuthError("invalid_client", "client_id: is not registered", 401);
  return request.grant_type === "authorization_code" ? exchangeCode(bank, request, now) : refresh(bank, request.refresh_token, now);
}

/** RFC 7009: revoking an unknown or already revoked token still answers 200, so the client cannot probe. */
export async function revokeToken(bank: ProviderId, token: string, now: Date): Promise<void> {
  const hash = sha256Hex(token);
  await prisma().mockBankGrant.updateMany({
    where: { bank, revokedAt: null, OR: [{ accessTokenHash: hash }, { refreshTokenHash: hash }] },
    data: { revokedAt: now },
  });
}

export interface AuthenticatedGrant {
  id: string;
  customerRef: string;
  accountIds: string[];
}

/** Resolves a bearer access token; the failure says why so the 401 can carry a useful error_description. */
export async function authenticateAccessToken(bank: ProviderId, authorization: string | null, now: Date): Promise<AuthenticatedGrant> {
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? "");
  if (!match?.[1]) throw new OAuthError("invalid_token", "missing bearer access token", 401);
  const grant = await prisma().mockBankGrant.findUnique({ where: { accessTokenHash: sha256Hex(match[1]) } });
  if (!grant || grant.bank !== bank) throw new OAuthError("invalid_token", "the access token is not valid", 401);
  if (grant.revokedAt) throw new OAuthError("invalid_token", "the grant was revoked", 401);
  if (!grant.accessExpiresAt || grant.accessExpiresAt <= now) throw new OAuthError("invalid_token", "the access token expired", 401);
  return { id: grant.id, customerRef: grant.customerRef, accountIds: grant.accountIds };
}

/** Test and admin levers: the bank expires every access token, or revokes every grant, right now. */
export async function expireAccessTokens(bank: ProviderId, now: Date): Promise<number> {
  return (await prisma().mockBankGrant.updateMany({ where: { bank, accessTokenHash: { not: null } }, data: { accessExpiresAt: new Date(now.getTime() - 1000) } })).count;
}

export async function revokeAllGrants(bank: ProviderId, now: Date): Promise<number> {
  return (await prisma().mockBankGrant.updateMany({ where: { bank, revokedAt: null }, data: { revokedAt: now } })).count;
}
