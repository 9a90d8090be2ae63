import { describe, expect, it } from "vitest";
import { decryptConnectionTokens, encryptConnectionTokens } from "@/lib/banks/connections/connection-tokens";
import { startLink } from "@/lib/banks/link/start-link";
import { rotateTokenKeys } from "@/lib/crypto/rotate-token-keys";
import { createKeyring, decryptSecret, TokenCipherError } from "@/lib/crypto/token-cipher";
import { prisma } from "@/lib/db";
import { createUser } from "../helpers/factories";

const OLD = `old:${Buffer.alloc(32, 3).toString("base64")}`;
const NEW = `new:${Buffer.alloc(32, 4).toString("base64")}`;

describe("keys:rotate", () => {
  it("re-encrypts connection tokens and link verifiers under the current key, leaving them readable", async () => {
    const user = await createUser();
    const oldRing = createKeyring(OLD);
    const connection = await prisma().bankConnection.create({ data: { userId: user.id, provider: "bank-a", institutionName: "Harbor Trust Bank" } });
    await prisma().bankConnection.update({
      where: { id: connection.id },
      data: encryptConnectionTokens(connection.id, { accessToken: "access-plain-123", refreshToken: "refresh-plain-456", expiresAt: null }, oldRing),
    });
    const { state } = await startLink(user.id, "bank-b");
    const session = await prisma().bankLinkSession.findFirstOrThrow({ where: { state } });
    const verifier = decryptSecret({ ciphertext: session.codeVerifierEnc, keyId: session.keyId }, session.id);

    const rotatedRing = createKeyring(NEW, [OLD, `${session.keyId}:${Buffer.alloc(32, 7).toString("base64")}`]);
    expect(await rotateTokenKeys(rotatedRing)).toEqual({ currentKeyId: "new", connections: 1, linkSessions: 1, skipped: 0 });

    const row = await prisma().bankConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(row.tokenKeyId).toBe("new");
    expect(decryptConnectionTokens(row, createKeyring(NEW))).toMatchObject({ accessToken: "access-plain-123", refreshToken: "refresh-plain-456" });
    expect(() => decryptConnectionTokens(row, oldRing)).toThrow(TokenCipherError);
    const rotatedSession = await prisma().bankLinkSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(decryptSecret({ ciphertext: rotatedSession.codeVerifierEnc, keyId: rotatedSession.keyId }, session.id, createKeyring(NEW))).toBe(verifier);

    expect(await rotateTokenKeys(rotatedRing)).toEqual({ currentKeyId: "new", connections: 0, linkSessions: 0, skipped: 0 });
  });
});
