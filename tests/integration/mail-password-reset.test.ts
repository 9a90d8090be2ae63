/**
 * Password reset and e-mail verification through a real SMTP server (smtp-server on a free local
 * port): the mail is read off the wire, its link followed, and the token checked to be single-use.
 */
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { RESET_LIMIT_PER_EMAIL, requestPasswordReset } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { requestEmailVerification, verifyEmail } from "@/lib/auth/email-verification";
import { prisma } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { findMailLink } from "@/lib/mail/account-mail";
import { createUserSession } from "@/lib/sessions/create-user-session";
import { resetInMemoryRateLimits } from "@/lib/rate-limit";
import { createUser } from "../helpers/factories";

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

const received: ReceivedMail[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Fathom Test <security@fathom.test>";
  process.env.APP_URL = "http://fathom.test";
  resetEnvCache();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  delete process.env.APP_URL;
  resetEnvCache();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
  resetInMemoryRateLimits();
});

/** Quoted-printable soft line breaks and escapes undone, enough to read a plain-text body. */
function bodyOf(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function tokenFrom(mail: ReceivedMail | undefined): string {
  const link = findMailLink(bodyOf(mail?.raw ?? ""));
  expect(link).not.toBeNull();
  return new URL(link ?? "").searchParams.get("token") ?? "";
}

describe("password reset by e-mail", () => {
  it("mails a single-use link over SMTP; the new password works, the old one and every session do not", async () => {
    const user = await createUser("Reset Me");
    const sessionId = await createUserSession(user.id, { ip: "10.0.0.9", userAgent: "Firefox", location: null });
    await requestPasswordReset({ email: user.email.toUpperCase() }, { ip: "10.0.0.1" });

    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual([user.email]);
    expect(received[0]?.from).toBe("security@fathom.test");
    expect(received[0]?.raw).toContain("Subject: Reset your Fathom password");
    const token = tokenFrom(received[0]);
    expect(bodyOf(received[0]?.raw ?? "")).toContain(`http://fathom.test/reset-password?token=${token}`);
    const stored = await prisma().authToken.findFirstOrThrow({ where: { userId: user.id, purpose: "reset_password" } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(30 * 60_000);

    await resetPassword({ token, password: "a-brand-new-passphrase" }, { ip: "10.0.0.1" });
    await expect(verifyCredentials({ email: user.email, password: "a-brand-new-passphrase", ip: "10.0.0.2" })).resolves.toMatchObject({ id: user.id });
    await expect(verifyCredentials({ email: user.email, password: user.password, ip: "10.0.0.2" })).resolves.toBeNull();
    expect((await prisma().userSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "security.password_reset" } })).toBe(1);

    const again = await resetPassword({ token, password: "yet-another-passphrase" }, { ip: "10.0.0.1" }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: "validation", message: "token: this link is invalid, was already used or has expired. Ask for a new one." });
  });

  it("refuses an expired link and retires older links when a new one is asked for", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email }, { ip: "10.0.1.1" }, new Date(Date.now() - 31 * 60_000));
    const expired = tokenFrom(received[0]);
    await expect(resetPassword({ token: expired, password: "a-brand-new-passphrase" }, { ip: "10.0.1.1" })).rejects.toMatchObject({ code: "validation" });

    await requestPasswordReset({ email: user.email }, { ip: "10.0.1.1" });
    await requestPasswordReset({ email: user.email }, { ip: "10.0.1.1" });
    const [older, newer] = [tokenFrom(received[1]), tokenFrom(received[2])];
    await expect(resetPassword({ token: older, password: "a-brand-new-passphrase" }, { ip: "10.0.1.1" })).rejects.toMatchObject({ code: "validation" });
    await expect(resetPassword({ token: newer, password: "a-brand-new-passphrase" }, { ip: "10.0.1.1" })).resolves.toMatchObject({ email: user.email });
  });

  it("answers an unknown address like a known one, without sending anything", async () => {
    await expect(requestPasswordReset({ email: "nobody-here@example.test" }, { ip: "10.0.2.1" })).resolves.toBeUndefined();
    expect(received).toHaveLength(0);
  });

  it("rate-limits requests for one address and validates input naming the field", async () => {
    const user = await createUser();
    for (let i = 0; i < RESET_LIMIT_PER_EMAIL.limit; i += 1) await requestPasswordReset({ email: user.email }, { ip: `10.0.3.${i}` });
    await expect(requestPasswordReset({ email: user.email }, { ip: "10.0.3.99" })).rejects.toMatchObject({ code: "rate_limited" });
    expect(received).toHaveLength(RESET_LIMIT_PER_EMAIL.limit);
    await expect(requestPasswordReset({ email: "not-an-address" }, { ip: "10.0.3.1" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["email"] })] });
    await expect(resetPassword({ token: "rst_x", password: "short" }, { ip: "10.0.3.1" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["password"], message: "must be at least 10 characters" })] });
  });

  it("does not let one user's link reset another user's password", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    await requestPasswordReset({ email: alice.email }, { ip: "10.0.4.1" });
    await resetPassword({ token: tokenFrom(received[0]), password: "alice-new-passphrase" }, { ip: "10.0.4.1" });
    await expect(verifyCredentials({ email: bob.email, password: bob.password, ip: "10.0.4.2" })).resolves.toMatchObject({ id: bob.id });
    await expect(verifyCredentials({ email: bob.email, password: "alice-new-passphrase", ip: "10.0.4.2" })).resolves.toBeNull();
  });
});

describe("e-mail verification", () => {
  it("mails a confirmation link that marks the address verified once", async () => {
    const user = await createUser();
    expect(await requestEmailVerification(user.id)).toBe("sent");
    expect(received[0]?.raw).toContain("Subject: Confirm your e-mail address for Fathom");
    const token = tokenFrom(received[0]);
    await expect(verifyEmail(token)).resolves.toEqual({ email: user.email });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    await expect(verifyEmail(token)).rejects.toMatchObject({ code: "validation" });
    expect(await requestEmailVerification(user.id)).toBe("already_verified");
    expect(received).toHaveLength(1);
  });

  it("does not accept a reset link as a verification link", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email }, { ip: "10.0.5.1" });
    await expect(verifyEmail(tokenFrom(received[0]))).rejects.toMatchObject({ code: "validation" });
  });
});
