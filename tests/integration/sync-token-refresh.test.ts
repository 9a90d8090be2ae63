import { afterEach, describe, expect, it } from "vitest";
import { decryptConnectionTokens, storeConnectionTokens } from "@/lib/banks/connections/connection-tokens";
import { completeLink } from "@/lib/banks/link/complete-link";
import { startLink } from "@/lib/banks/link/start-link";
import { resetMockBankFaults } from "@/lib/banks/mock-server/mock-bank-faults";
import { ProviderError, type BankProvider } from "@/lib/banks/provider";
import { getProvider } from "@/lib/banks/registry";
import { prisma } from "@/lib/db";
import { getConnectionSyncStatus } from "@/lib/sync/get-connection-sync-status";
import { createRefreshingSession, openProviderSession } from "@/lib/sync/open-provider-session";
import { syncConnection } from "@/lib/sync/sync-connection";
import { createUser } from "../helpers/factories";
import { answerConsent, callMockBank, DEMO_PASSWORDS, mockBankCalls, mockBankFetch } from "../helpers/mock-bank-fetch";

const providerOptions = { fetch: mockBankFetch };
/** Linking runs the first sync of a year of history; on two busy shared cores that can take a while. */
const LINKED_TEST_TIMEOUT_MS = 120_000;

afterEach(() => resetMockBankFaults());

async function linkHarbor() {
  const user = await createUser();
  const { authorizationUrl } = await startLink(user.id, "bank-a", {}, { providerOptions });
  const callback = await answerConsent(authorizationUrl, { password: DEMO_PASSWORDS["bank-a"] });
  const { connectionId } = await completeLink(user.id, "bank-a", { code: callback.searchParams.get("code"), state: callback.searchParams.get("state") }, { providerOptions });
  return { user, connectionId };
}

async function storedTokens(connectionId: string) {
  const row = await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } });
  return decryptConnectionTokens(row);
}

function syncWithRefresh(userId: string, connectionId: string) {
  return syncConnection(userId, connectionId, { trigger: "manual", session: openProviderSession({ id: connectionId, provider: "bank-a" }, providerOptions), afterCommit: false });
}

describe("a bank answering 'token expired' during a sync", () => {
  it("refreshes the token once, retries the call and finishes the sync with the rotated tokens saved", async () => {
    const { user, connectionId } = await linkHarbor();
    const before = await storedTokens(connectionId);
    expect((await callMockBank("POST", "/api/mock-banks/bank-a/admin/faults", { action: "expire_tokens" })).status).toBe(200);
    const callsBefore = mockBankCalls.length;

    const result = await syncWithRefresh(user.id, connectionId);
    expect(result).toMatchObject({ status: "done", outcome: { status: "succeeded", error: null } });
    const calls = mockBankCalls.slice(callsBefore);
    expect(calls.filter((call) => call === "POST /api/mock-banks/bank-a/token")).toHaveLength(1);
    // The expired call, then the same call again with the new token, then the pages.
    expect(calls.filter((call) => call === "GET /api/mock-banks/bank-a/accounts")).toHaveLength(2);

    const after = await storedTokens(connectionId);
    expect(after?.accessToken).not.toBe(before?.accessToken);
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    const status = await getConnectionSyncStatus(user.id, connectionId);
    expect(status).toMatchObject({ status: "active", lastError: null });
    expect(status.runs[0]).toMatchObject({ trigger: "manual", status: "succeeded" });
  }, LINKED_TEST_TIMEOUT_MS);

  it("shows 're-link needed' in plain words when the bank refuses the refresh", async () => {
    const { user, connectionId } = await linkHarbor();
    const tokens = await storedTokens(connectionId);
    // The bank no longer knows this refresh token (as after a refresh whose answer was lost).
    await storeConnectionTokens(connectionId, { accessToken: tokens?.accessToken ?? "", refreshToken: "rt_unknown_to_the_bank", expiresAt: tokens?.expiresAt ?? null });
    await callMockBank("POST", "/api/mock-banks/bank-a/admin/faults", { action: "expire_tokens" });

    const result = await syncWithRefresh(user.id, connectionId);
    expect(result).toMatchObject({ status: "done", outcome: { status: "failed", error: "The bank needs you to sign in again before it shares new transactions." } });
    const status = await getConnectionSyncStatus(user.id, connectionId);
    expect(status).toMatchObject({ status: "reauth_required", lastError: "The bank needs you to sign in again before it shares new transactions." });
    expect(status.runs[0]).toMatchObject({ status: "failed", error: "The bank needs you to sign in again before it shares new transactions." });
  }, LINKED_TEST_TIMEOUT_MS);

  it("a revoked grant is not refreshed at all: straight to re-link", async () => {
    const { user, connectionId } = await linkHarbor();
    await callMockBank("POST", "/api/mock-banks/bank-a/admin/faults", { action: "revoke_grants" });
    const callsBefore = mockBankCalls.length;
    const result = await syncWithRefresh(user.id, connectionId);
    expect(result).toMatchObject({ status: "done", outcome: { status: "failed" } });
    expect(mockBankCalls.slice(callsBefore).filter((call) => call.endsWith("/token"))).toEqual([]);
    expect((await getConnectionSyncStatus(user.id, connectionId)).status).toBe("reauth_required");
  }, LINKED_TEST_TIMEOUT_MS);

  it("refreshes only once per sync: a bank still saying 'expired' after the refresh ends in re-link, not a loop", async () => {
    const user = await createUser();
    const connection = await prisma().bankConnection.create({ data: { userId: user.id, provider: "bank-a", institutionName: "Harbor Trust Bank", status: "active" } });
    await storeConnectionTokens(connection.id, { accessToken: "at_1", refreshToken: "rt_1", expiresAt: new Date(Date.now() + 3_600_000) });
    const seen = { refreshes: 0, accountCalls: [] as string[] };
    const real = getProvider("bank-a", providerOptions);
    const stubborn: BankProvider = {
      ...real,
      async refreshTokens() {
        seen.refreshes += 1;
        return { accessToken: `at_${seen.refreshes + 1}`, refreshToken: `rt_${seen.refreshes + 1}`, expiresAt: new Date(Date.now() + 3_600_000) };
      },
      async fetchAccounts(token) {
        seen.accountCalls.push(token);
        throw new ProviderError({ kind: "reauth_required", message: "the access token expired", tokenExpired: true });
      },
    };
    const result = await syncConnection(user.id, connection.id, { trigger: "manual", session: createRefreshingSession(connection.id, stubborn), afterCommit: false });
    expect(result).toMatchObject({ status: "done", outcome: { status: "failed" } });
    expect(seen).toEqual({ refreshes: 1, accountCalls: ["at_1", "at_2"] });
    expect((await storedTokens(connection.id))?.refreshToken).toBe("rt_2");
    expect((await getConnectionSyncStatus(user.id, connection.id)).status).toBe("reauth_required");
  });
});
