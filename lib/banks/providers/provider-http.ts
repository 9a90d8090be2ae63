/**
 * The HTTP half every provider module shares: the bank's token and revoke endpoints, authenticated
 * resource requests, and one mapping from HTTP failures to the ProviderFailure the sync engine acts on.
 */
import { env } from "@/lib/env";
import { ProviderError, type AuthorizationRequest, type ProviderId, type TokenSet } from "@/lib/banks/provider";

export interface ProviderOptions {
  /** The app origin serving the mock banks; defaults to APP_URL. */
  baseUrl?: string;
  /** Injected in tests to dispatch to the route handlers in-process (the real HTTP surface minus the socket). */
  fetch?: typeof fetch;
  /** Upper bound for one bank request; a stalled bank becomes "unavailable" instead of hanging a sync. */
  timeoutMs?: number;
}

export const CLIENT_ID = "fathom";
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY_AFTER_MS = 1000;

export interface ProviderHttp {
  bankUrl(path: string): string;
  authorizationUrl(request: AuthorizationRequest): string;
  requestTokens(body: Record<string, string>): Promise<TokenSet>;
  revoke(token: string): Promise<void>;
  /** A successful (2xx) response, or a thrown ProviderError. */
  getResource(resource: "accounts" | "transactions", accessToken: string, query: Record<string, string>): Promise<Response>;
}

/** Retry-After is delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return DEFAULT_RETRY_AFTER_MS;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, at - now);
}

async function readDescription(response: Response): Promise<string> {
  const header = /error_description="([^"]*)"/.exec(response.headers.get("www-authenticate") ?? "")?.[1];
  if (header) return header;
  try {
    const body = (await response.clone().json()) as { error_description?: unknown; error?: { message?: unknown } };
    if (typeof body.error_description === "string") return body.error_description;
    if (typeof body.error?.message === "string") return body.error.message;
  } catch {
    // Not JSON (BankC answers XML); the status alone decides.
  }
  return `the bank answered ${response.status}`;
}

/** Maps a non-2xx response to the failure the sync engine understands. */
export async function failureFor(response: Response): Promise<ProviderError> {
  if (response.status === 401 || response.status === 403) {
    const message = await readDescription(response);
    return new ProviderError({ kind: "reauth_required", message, tokenExpired: /expired/i.test(message) });
  }
  if (response.status === 429) return new ProviderError({ kind: "rate_limited", retryAfterMs: parseRetryAfterMs(response.headers.get("retry-after")) });
  if (response.status >= 500) return new ProviderError({ kind: "unavailable", status: response.status });
  return new ProviderError({ kind: "bad_response", message: `${await readDescription(response)} (HTTP ${response.status})` });
}

export function createProviderHttp(bank: ProviderId, options: ProviderOptions = {}): ProviderHttp {
  const baseUrl = (options.baseUrl ?? env().APP_URL).replace(/\/$/, "");
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function send(url: string, init: RequestInit): Promise<Response> {
    try {
      return await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), cache: "no-store" });
    } catch {
      // A timeout or a refused connection: the bank is unreachable right now, which is retryable.
      throw new ProviderError({ kind: "unavailable", status: 503 });
    }
  }

  const bankUrl = (path: string) => `${baseUrl}/api/mock-banks/${bank}/${path}`;

  return {
    bankUrl,
    authorizationUrl(request) {
      const url = new URL(`${baseUrl}/mock-banks/${bank}/authorize`);
      url.search = new URLSearchParams({
        response_type: "code",
        client_id: CLIENT_ID,
        redirect_uri: request.redirectUri,
        state: request.state,
        code_challenge: request.codeChallenge,
        code_challenge_method: "S256",
      }).toString();
      return url.toString();
    },
    async requestTokens(body) {
      const response = await send(bankUrl("token"), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: new URLSearchParams({ ...body, client_id: CLIENT_ID }).toString(),
      });
      if (response.status === 400 || response.status === 401) {
        // invalid_grant and friends: the code or refresh token is dead, only a new consent helps.
        const payload = (await response.json().catch(() => ({}))) as { error_description?: string };
        throw new ProviderError({ kind: "reauth_required", message: payload.error_description ?? "the bank refused the grant" });
      }
      if (!response.ok) throw await failureFor(response);
      const payload = (await response.json().catch(() => null)) as { access_token?: unknown; refresh_token?: unknown; expires_in?: unknown } | null;
      if (!payload || typeof payload.access_token !== "string") throw new ProviderError({ kind: "bad_response", message: "the token response has no access_token" });
      return {
        accessToken: payload.access_token,
        refreshToken: typeof payload.refresh_token === "string" ? payload.refresh_token : null,
        expiresAt: typeof payload.expires_in === "number" ? new Date(Date.now() + payload.expires_in * 1000) : null,
      };
    },
    async revoke(token) {
      const response = await send(bankUrl("revoke"), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token, client_id: CLIENT_ID }).toString(),
      });
      if (!response.ok) throw await failureFor(response);
    },
    async getResource(resource, accessToken, query) {
      const url = new URL(bankUrl(resource));
      for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
      const response = await send(url.toString(), { headers: { authorization: `Bearer ${accessToken}` } });
      if (!response.ok) throw await failureFor(response);
      return response;
    },
  };
}

export async function readJsonBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new ProviderError({ kind: "bad_response", message: "the bank's response is not JSON" });
  }
}
