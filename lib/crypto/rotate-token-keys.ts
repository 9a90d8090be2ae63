/**
 * Re-encrypts every stored bank secret under the current key: BankConnection tokens and pending
 * BankLinkSession verifiers. Each row is updated with a compare-and-set on its old ciphertext, so a
 * token refreshed by a sync in the meantime is left alone (it was already written with the current key).
 * Retire the old key from TOKEN_KEYS_PREVIOUS only after this reports zero rows left.
 */
import { prisma } from "@/lib/db";
import { configuredKeyring, decryptSecret, encryptSecret, type Keyring } from "./token-cipher";

const BATCH = 100;

export interface RotationReport {
  currentKeyId: string;
  connections: number;
  linkSessions: number;
  /** Rows still under another key (changed concurrently); run again to pick them up. */
  skipped: number;
}

export async function rotateTokenKeys(keyring: Keyring = configuredKeyring()): Promise<RotationReport> {
  const report: RotationReport = { currentKeyId: keyring.currentKeyId, connections: 0, linkSessions: 0, skipped: 0 };
  const reencrypt = (ciphertext: string, keyId: string, aad: string) => encryptSecret(decryptSecret({ ciphertext, keyId }, aad, keyring), aad, keyring).ciphertext;

  for (let afterId = ""; ; ) {
    const rows = await prisma().bankConnection.findMany({
      where: { tokenKeyId: { not: null }, NOT: { tokenKeyId: keyring.currentKeyId }, id: afterId ? { gt: afterId } : undefined },
      select: { id: true, accessTokenEnc: true, refreshTokenEnc: true, tokenKeyId: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const row of rows) {
      if (!row.tokenKeyId || !row.accessTokenEnc) continue;
      const updated = await prisma().bankConnection.updateMany({
        where: { id: row.id, tokenKeyId: row.tokenKeyId, accessTokenEnc: row.accessTokenEnc },
        data: {
          accessTokenEnc: reencrypt(row.accessTokenEnc, row.tokenKeyId, row.id),
          refreshTokenEnc: row.refreshTokenEnc ? reencrypt(row.refreshTokenEnc, row.tokenKeyId, row.id) : null,
          tokenKeyId: keyring.currentKeyId,
        },
      });
      if (updated.count === 1) report.connections += 1;
      else report.skipped += 1;
    }
    if (rows.length < BATCH) break;
    afterId = rows[rows.length - 1]?.id ?? "";
  }

  const sessions = await prisma().bankLinkSession.findMany({ where: { NOT: { keyId: keyring.currentKeyId }, codeVerifierEnc: { not: "" } }, select: { id: true, codeVerifierEnc: true, keyId: true } });
  for (const session of sessions) {
    const updated = await prisma().bankLinkSession.updateMany({
      where: { id: session.id, keyId: session.keyId },
      data: { codeVerifierEnc: reencrypt(session.codeVerifierEnc, session.keyId, session.id), keyId: keyring.currentKeyId },
    });
    if (updated.count === 1) report.linkSessions += 1;
    else report.skipped += 1;
  }
  return report;
}
