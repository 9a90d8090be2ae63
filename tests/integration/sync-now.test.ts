/**
 * "Sync now" (the connection page's action and POST /api/connections/{id}/sync both call
 * syncConnectionNow): the real provider modules against the mock banks' real route handlers, with the
 * process's fetch pointed at them (the HTTP surface minus the socket).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { completeLink } from "@/lib/banks/link/complete-link";
import { startLink } from "@/lib/banks/link/start-link";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { parseIdParam } from "@/lib/http/uuid-param";
import { acquireLock, releaseLock } from "@/lib/redis/connection-lock";
import { syncConnectionNow, syncLockKey, SYNC_LOCK_TTL_MS } from "@/lib/sync/sync-connection";
import { createUser } from "../helpers/factories";
import { answerConsent, DEMO_PASSWORDS, mockBankFetch } from "../helpers/mock-bank-fetch";

const caught = (work: () => Promise<unknown>) =>
  work().then(
    () => null,
    (error: unknown) => {
      const { status, body } = toErrorResponse(error);
      return { status, message: body.error.message };
    },
  );

let owner: { id: string };
let connectionId: string;

beforeAll(async () => {
  vi.stubGlobal("fetch", mockBankFetch);
  owner = await createUser();
  const providerOptions = { fetch: mockBankFetch };
  const { authorizationUrl } = await startLink(owner.id, "bank-a", {}, { providerOptions });
  const callback = await answerConsent(authorizationUrl, { password: DEMO_PASSWORDS["bank-a"] });
  ({ connectionId } = await completeLink(owner.id, "bank-a", { code: callback.searchParams.get("code"), state: callback.searchParams.get("state") }, { providerOptions }));
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe("Sync now", () => {
  it("runs a manual sync of the connection and records it with its counts", async () => {
    const before = await prisma().transaction.count({ where: { userId: owner.id } });
    const outcome = await syncConnectionNow(owner.id, connectionId);
    expect(outcome).toMatchObject({ status: "succeeded", error: null, added: 0, modified: 0, removed: 0 });
    const run = await prisma().syncRun.findUniqueOrThrow({ where: { id: outcome.runId } });
    expect(run).toMatchObject({ connectionId, userId: owner.id, trigger: "manual", status: "succeeded", added: 0 });
    expect(await prisma().transaction.count({ where: { userId: owner.id } })).toBe(before);
    const connection = await prisma().bankConnection.findUniqueOrThrow({ where: { id: connectionId } });
    expect(connection.lastSyncAt?.getTime()).toBe(run.finishedAt?.getTime());
  });

  it("answers 409 'already syncing' while another sync holds the connection, and runs nothing", async () => {
    const lock = await acquireLock(syncLockKey(connectionId), SYNC_LOCK_TTL_MS);
    expect(lock).not.toBeNull();
    const runs = await prisma().syncRun.count({ where: { connectionId } });
    try {
      expect(await caught(() => syncConnectionNow(owner.id, connectionId))).toEqual({
        status: 409, message: "This connection is already syncing; the results will appear here when it finishes",
      });
    } finally {
      await releaseLock(syncLockKey(connectionId), lock?.token ?? "");
    }
    expect(await prisma().syncRun.count({ where: { connectionId } })).toBe(runs);
  });

  it("is 404 for another user's connection, an unknown id and a malformed id", async () => {
    const stranger = await createUser("Stranger");
    const runs = await prisma().syncRun.count({ where: { connectionId } });
    expect(await caught(() => syncConnectionNow(stranger.id, connectionId))).toEqual({ status: 404, message: "Connection was not found" });
    expect(await caught(() => syncConnectionNow(owner.id, "00000000-0000-7000-8000-000000000000"))).toEqual({ status: 404, message: "Connection was not found" });
    expect(await caught(async () => syncConnectionNow(owner.id, parseIdParam("not-a-uuid", "Connection")))).toEqual({ status: 404, message: "Connection was not found" });
    expect(await prisma().syncRun.count({ where: { connectionId } })).toBe(runs);
  });

  it("refuses a disconnected connection with a plain 409", async () => {
    const other = await createUser();
    const revoked = await prisma().bankConnection.create({ data: { userId: other.id, provider: "bank-a", institutionName: "Harbor Trust Bank", status: "revoked" } });
    expect(await caught(() => syncConnectionNow(other.id, revoked.id))).toEqual({ status: 409, message: "This connection was disconnected; link the bank again to sync it" });
  });
});
