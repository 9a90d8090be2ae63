import { afterEach, describe, expect, it } from "vitest";
import { decryptConnectionTokens, getFreshAccessToken } from "@/lib/banks/connections/connection-tokens";
import { listConnections } from "@/lib/banks/connections/list-connections";
import { unlinkConnection } from "@/lib/banks/connections/unlink-connection";
import { completeLink } from "@/lib/banks/link/complete-link";
import { LinkError } from "@/lib/banks/link/link-error";
import { startLink } from "@/lib/banks/link/start-link";
import { resetMockBankFaults } from "@/lib/banks/mock-server/mock-bank-faults";
import type { ProviderId } from "@/lib/banks/provider";
import { getProvider } from "@/lib/banks/registry";
import { prisma } from "@/lib/db";
import { AppError, toErrorResponse } from "@/lib/errors";
import { createTransaction, createUser } from "../helpers/factories";
import { answerConsent, callMockBank, DEMO_PASSWORDS, mockBankFetch } from "../helpers/mock-bank-fetch";

const providerOptions = { fetch: mockBankFetch };

afterEach(() => resetMockBankFaults());

async function linkBank(userId: string, bank: ProviderId, connectionId?: string) {
  const { authorizationUrl } = await startLink(userId, bank, { connectionId }, { providerOptions });
  const callback = await answerConsent(authorizationUrl, { password: DEMO_PASSWORDS[bank], username: bank === "bank-c" ? "sam.taylor" : "alex.morgan" });
  return completeLink(userId, bank, { code: callback.searchParams.get("code"), state: callback.searchParams.get("state") }, { providerOptions });
}

async function linkFailure(work: Promise<unknown>): Promise<string> {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LinkError);
  return (error as LinkError).code;
}

async function leftovers(userId: string) {
  return {
    connections: await prisma().bankConnection.count({ where: { userId } }),
    accounts: await prisma().account.count({ where: { userId } }),
    sessions: await prisma().bankLinkSession.count({ where: { userId } }),
  };
}

describe("linking a bank", () => {
  it("stores an active connection with encrypted tokens and the shared accounts, due for sync now", async () => {
    const user = await createUser();
    const before = Date.now();
    const result = await linkBank(user.id, "bank-a");
    expect(result).toMatchObject({ accountCount: 2, relinked: false });
    const connection = await prisma().bankConnection.findUniqueOrThrow({ where: { id: result.connectionId } });
    expect(connection).toMatchObject({ userId: user.id, provider: "bank-a", institutionName: "Harbor Trust Bank", status: "active" });
    expect(connection.nextSyncAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const accounts = await prisma().account.findMany({ where: { connectionId: result.connectionId }, orderBy: { name: "asc" } });
    expect(accounts.map((a) => [a.name, a.type, a.source, a.currency])).toEqual([
      ["Everyday Checking", "checking", "linked", "USD"],
      ["High Yield Savings", "savings", "linked", "USD"],
    ]);
    expect(accounts.every((a) => a.providerAccountId?.startsWith("acc_"))).toBe(true);
    expect(await prisma().bankLinkSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "bank.linked" } })).toBe(1);
    // The first sync runs right after linking, over the same HTTP surface.
    expect(await prisma().syncRun.findFirst({ where: { connectionId: result.connectionId }, select: { trigger: true, status: true } })).toEqual({ trigger: "link", status: "succeeded" });
    expect(await prisma().transaction.count({ where: { userId: user.id } })).toBeGreaterThan(100);
  });

  it("a declined consent leaves no connection, account, link session or grant behind", async () => {
    const user = await createUser();
    const grantsBefore = await prisma().mockBankGrant.count();
    const { authorizationUrl } = await startLink(user.id, "bank-b", {}, { providerOptions });
    const callback = await answerConsent(authorizationUrl, { password: DEMO_PASSWORDS["bank-b"], decision: "deny" });
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("code")).toBeNull();
    const code = await linkFailure(completeLink(user.id, "bank-b", { error: "access_denied", state: callback.searchParams.get("state") }, { providerOptions }));
    expect(code).toBe("denied");
    expect(await leftovers(user.id)).toEqual({ connections: 0, accounts: 0, sessions: 0 });
    expect(await prisma().mockBankGrant.count()).toBe(grantsBefore);
  });

  it("a wrong state is ignored and leaves the real link attempt usable", async () => {
    const user = await createUser();
    const { authorizationUrl } = await startLink(user.id, "bank-a", {}, { providerOptions });
    const callback = await answerConsent(authorizationUrl, { password: DEMO_PASSWORDS["bank-a"] });
    expect(await linkFailure(completeLink(user.id, "bank-a", { code: callback.searchParams.get("code"), state: "forged-state-value-1234567890" }, { providerOptions }))).toBe("state_mismatch");
    expect(await linkFailure(completeLink(user.id, "bank-a", { code: callback.searchParams.get("code"), state: null }, { providerOptions }))).toBe("state_mismatch");
    expect(await leftovers(user.id)).toEqual({ connections: 0, accounts: 0, sessions: 1 });
    const linked = await completeLink(user.id, "bank-a", { code: callback.searchParams.get("code"), state: callback.searchParams.get("state") }, { providerOptions });
    expect(linked.accountCount).toBe(2);
  });

  it("a replayed callback or a replayed code links nothing more, and the bank revokes the leaked grant", async () => {
    const user = await createUser();
    const { authorizationUrl } = await startLink(user.id, "bank-a", {}, { providerOptions });
    const callback = await answerConsent(authorizationUrl, { password: DEMO_PASSWORDS["bank-a"] });
    const query = { code: callback.searchParams.get("code"), state: callback.searchParams.get("state") };
    const first = await completeLink(user.id, "bank-a", query, { providerOptions });
    expect(await linkFailure(completeLink(user.id, "bank-a", query, { providerOptions }))).toBe("state_mismatch");

    const second = await startLink(user.id, "bank-a", {}, { providerOptions });
    expect(await linkFailure(completeLink(user.id, "bank-a", { code: query.code, state: second.state }, { providerOptions }))).toBe("code_reused");
    expect(await leftovers(user.id)).toEqual({ connections: 1, accounts: 2, sessions: 0 });
    // RFC 6749 §4.1.2: tokens issued from a replayed code are revoked; the connection must be re-linked.
    const provider = getProvider("bank-a", providerOptions);
    const tokens = decryptConnectionTokens(await prisma().bankConnection.findUniqueOrThrow({ where: { id: first.connectionId } }));
    await expect(provider.fetchAccounts(tokens?.accessToken ?? "")).rejects.toMatchObject({ failure: { kind: "reauth_required", message: "the grant was revoked" } });
  });

  it("a code bound to another link attempt fails the PKCE check", async () => {
    const user = await createUser();
    const attemptOne = await startLink(user.id, "bank-c", {}, { providerOptions });
    const attemptTwo = await startLink(user.id, "bank-c", {}, { providerOptions });
    const callback = await answerConsent(attemptOne.authorizationUrl, { username: "sam.taylor", password: DEMO_PASSWORDS["bank-c"] });
    const code = await linkFailure(completeLink(user.id, "bank-c", { code: callback.searchParams.get("code"), state: attemptTwo.state }, { providerOptions }));
    expect(code).toBe("verifier_mismatch");
    expect(await leftovers(user.id)).toEqual({ connections: 0, accounts: 0, sessions: 1 });
  });

  it("an expired link attempt is refused and removed", async () => {
    const user = await createUser();
    const { authorizationUrl } = await startLink(user.id, "bank-b", {}, { providerOptions, now: new Date(Date.now() - 16 * 60_000) });
    const callback = await answerConsent(authorizationUrl, { password: DEMO_PASSWORDS["bank-b"] });
    expect(await linkFailure(completeLink(user.id, "bank-b", { code: callback.searchParams.get("code"), state: callback.searchParams.get("state") }, { providerOptions }))).toBe("expired");
    expect(await leftovers(user.id)).toEqual({ connections: 0, accounts: 0, sessions: 0 });
  });
});

describe("tokens at rest", () => {
  it("keeps only ciphertext bound to the connection id, and never returns tokens from the list API", async () => {
    const user = await createUser();
    const { connectionId } = await linkBank(user.id, "bank-b");
    const row = await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } });
    const tokens = decryptConnectionTokens(row);
    expect(tokens?.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens?.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(tokens?.accessToken);
    expect(stored).not.toContain(tokens?.refreshToken);
    expect(() => decryptConnectionTokens({ ...row, id: "00000000-0000-7000-8000-000000000000" })).toThrow(/does not authenticate/);

    const listed = JSON.stringify(await listConnections(user.id));
    expect(listed).not.toContain(tokens?.accessToken);
    expect(listed).not.toMatch(/tokenEnc|accessToken|refreshToken/);
    expect(JSON.parse(listed)).toMatchObject([{ id: connectionId, provider: "bank-b", status: "active", accounts: [{ name: "Sapphire Card", type: "credit_card" }] }]);

    const session = await startLink(user.id, "bank-a", {}, { providerOptions });
    const pending = await prisma().bankLinkSession.findFirstOrThrow({ where: { state: session.state } });
    expect(pending.codeVerifierEnc).not.toBe("");
    expect(session.authorizationUrl).not.toContain(pending.codeVerifierEnc);
  });

  it("refreshes an expired access token, rotating the refresh token so the old one is dead", async () => {
    const user = await createUser();
    const { connectionId } = await linkBank(user.id, "bank-a");
    const provider = getProvider("bank-a", providerOptions);
    const before = decryptConnectionTokens(await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } }));
    expect((await callMockBank("POST", "/api/mock-banks/bank-a/admin/faults", { action: "expire_tokens" })).status).toBe(200);
    await expect(provider.fetchAccounts(before?.accessToken ?? "")).rejects.toMatchObject({ failure: { kind: "reauth_required", tokenExpired: true } });

    const fresh = await getFreshAccessToken(connectionId, provider, { force: true });
    expect(fresh).not.toBe(before?.accessToken);
    expect(await provider.fetchAccounts(fresh)).toHaveLength(2);
    const after = decryptConnectionTokens(await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } }));
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    await expect(provider.refreshTokens(before?.refreshToken ?? "")).rejects.toMatchObject({ failure: { kind: "reauth_required", message: "refresh_token: is not valid" } });
  });
});

describe("re-linking and unlinking", () => {
  it("a revoked grant puts the connection in reauth_required; re-linking reuses it and keeps the history", async () => {
    const user = await createUser();
    const { connectionId } = await linkBank(user.id, "bank-a");
    const accountIds = (await prisma().account.findMany({ where: { connectionId }, orderBy: { name: "asc" } })).map((a) => a.id);
    await createTransaction(user.id, accountIds[0] ?? "", -1234, "KEPT THROUGH RELINK");
    await callMockBank("POST", "/api/mock-banks/bank-a/admin/faults", { action: "revoke_grants" });
    await expect(getFreshAccessToken(connectionId, getProvider("bank-a", providerOptions), { force: true })).rejects.toMatchObject({ failure: { kind: "reauth_required" } });
    expect(await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).toMatchObject({ status: "reauth_required", nextSyncAt: null });

    const relinked = await linkBank(user.id, "bank-a", connectionId);
    expect(relinked).toMatchObject({ connectionId, relinked: true, accountCount: 2 });
    expect(await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).toMatchObject({ status: "active", lastError: null });
    expect((await prisma().account.findMany({ where: { connectionId }, orderBy: { name: "asc" } })).map((a) => a.id)).toEqual(accountIds);
    expect(await prisma().transaction.count({ where: { userId: user.id, description: "KEPT THROUGH RELINK" } })).toBe(1);
  });

  it("unlinking revokes the grant and keeps or deletes the data as asked", async () => {
    const user = await createUser();
    const kept = await linkBank(user.id, "bank-a");
    const keptTokens = decryptConnectionTokens(await prisma().bankConnection.findUniqueOrThrow({ where: { id: kept.connectionId } }));
    expect(await unlinkConnection(user.id, kept.connectionId, { data: "keep" }, { providerOptions })).toEqual({ revokedAtBank: true, deletedAccounts: 0 });
    expect(await prisma().bankConnection.findUniqueOrThrow({ where: { id: kept.connectionId } })).toMatchObject({ status: "revoked", accessTokenEnc: null, refreshTokenEnc: null });
    expect(await prisma().account.count({ where: { connectionId: kept.connectionId } })).toBe(2);
    const probe = await callMockBank("GET", "/api/mock-banks/bank-a/accounts", undefined, { authorization: `Bearer ${keptTokens?.accessToken}` });
    expect(probe.status).toBe(401);

    const deleted = await linkBank(user.id, "bank-b");
    const accountId = (await prisma().account.findFirstOrThrow({ where: { connectionId: deleted.connectionId } })).id;
    await createTransaction(user.id, accountId, -500, "GOES AWAY");
    expect(await unlinkConnection(user.id, deleted.connectionId, { data: "delete" }, { providerOptions })).toEqual({ revokedAtBank: true, deletedAccounts: 1 });
    expect(await prisma().bankConnection.count({ where: { id: deleted.connectionId } })).toBe(0);
    expect(await prisma().transaction.count({ where: { userId: user.id, description: "GOES AWAY" } })).toBe(0);
  });

  it("refuses an unlink without a keep-or-delete choice, naming the field", async () => {
    const user = await createUser();
    const { connectionId } = await linkBank(user.id, "bank-b");
    const error = await unlinkConnection(user.id, connectionId, { data: "maybe" }, { providerOptions }).catch((e: unknown) => e);
    expect(toErrorResponse(error)).toMatchObject({ status: 422, body: { error: { code: "validation", message: "data: must be keep or delete" } } });
    expect(await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } })).toMatchObject({ status: "active" });
  });
});

describe("a second user", () => {
  it("can use neither the first user's link session nor their connection", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const aliceLink = await linkBank(alice.id, "bank-a");
    const pending = await startLink(alice.id, "bank-b", {}, { providerOptions });
    const callback = await answerConsent(pending.authorizationUrl, { password: DEMO_PASSWORDS["bank-b"] });

    expect(await linkFailure(completeLink(bob.id, "bank-b", { code: callback.searchParams.get("code"), state: pending.state }, { providerOptions }))).toBe("state_mismatch");
    expect(await prisma().bankLinkSession.count({ where: { userId: alice.id, usedAt: null } })).toBe(1);
    expect(await leftovers(bob.id)).toEqual({ connections: 0, accounts: 0, sessions: 0 });

    // Thunks, so each attempt starts only when awaited (no rejection left unhandled meanwhile).
    for (const attempt of [
      () => startLink(bob.id, "bank-a", { connectionId: aliceLink.connectionId }, { providerOptions }),
      () => unlinkConnection(bob.id, aliceLink.connectionId, { data: "delete" }, { providerOptions }),
    ]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toBe("Connection was not found");
    }
    expect(await listConnections(bob.id)).toEqual([]);
    expect(await prisma().bankConnection.findUniqueOrThrow({ where: { id: aliceLink.connectionId } })).toMatchObject({ status: "active" });
    // Alice can still finish her own attempt.
    expect((await completeLink(alice.id, "bank-b", { code: callback.searchParams.get("code"), state: pending.state }, { providerOptions })).accountCount).toBe(1);
  });
});
