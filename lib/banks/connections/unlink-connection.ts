/**
 * Unlinking: the grant is revoked at the bank first, then the user chooses what happens to the data.
 * "keep" leaves the accounts and their history in place (read-only, no more syncs); "delete" removes
 * the accounts, their transactions and what the bank sent.
 */
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { logWarn } from "@/lib/log";
import { getProvider, isProviderId } from "@/lib/banks/registry";
import type { ProviderOptions } from "@/lib/banks/providers/provider-http";
import { decryptConnectionTokens } from "./connection-tokens";

export const UnlinkInput = z.object({ data: z.enum(["keep", "delete"], { error: "must be keep or delete" }) });

export async function unlinkConnection(
  userId: string,
  connectionId: string,
  rawInput: unknown,
  options: { providerOptions?: ProviderOptions; requestId?: string } = {},
): Promise<{ revokedAtBank: boolean; deletedAccounts: number }> {
  const { data } = UnlinkInput.parse(rawInput);
  const connection = await prisma().bankConnection.findFirst({
    where: { id: connectionId, userId },
    select: { id: true, provider: true, accessTokenEnc: true, refreshTokenEnc: true, tokenKeyId: true, tokenExpiresAt: true },
  });
  if (!connection) throw notFound("Connection");

  let revokedAtBank = false;
  const tokens = decryptConnectionTokens(connection);
  if (tokens && isProviderId(connection.provider)) {
    try {
      // Revoking the refresh token ends the whole grant at the bank.
      await getProvider(connection.provider, options.providerOptions).revokeGrant(tokens.refreshToken ?? tokens.accessToken);
      revokedAtBank = true;
    } catch (error) {
      // The tokens are destroyed below either way, so an unreachable bank does not keep the link alive here.
      logWarn("could not revoke the grant at the bank while unlinking", { connectionId, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return prisma().$transaction(async (tx) => {
    let deletedAccounts = 0;
    if (data === "delete") {
      await tx.providerRecord.deleteMany({ where: { userId, connectionId } });
      deletedAccounts = (await tx.account.deleteMany({ where: { userId, connectionId } })).count;
      await tx.bankConnection.delete({ where: { id: connectionId } });
    } else {
      await tx.bankConnection.update({
        where: { id: connectionId },
        data: { status: "revoked", accessTokenEnc: null, refreshTokenEnc: null, tokenKeyId: null, tokenExpiresAt: null, nextSyncAt: null, syncCursor: null },
      });
    }
    await tx.bankLinkSession.deleteMany({ where: { userId, connectionId } });
    await recordAudit(tx, {
      userId,
      actor: `user:${userId}`,
      action: "bank.unlinked",
      entityType: "BankConnection",
      entityId: connectionId,
      after: { data, revokedAtBank, deletedAccounts },
      requestId: options.requestId,
    });
    return { revokedAtBank, deletedAccounts };
  });
}
