import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/[...path]/route";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { changePassword } from "@/lib/auth/change-password";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { prisma } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { listSecurityEvents } from "@/lib/sessions/list-security-events";
import { createUserSession } from "@/lib/sessions/create-user-session";
import { listUserSessions } from "@/lib/sessions/list-user-sessions";
import { resolveSessionUser } from "@/lib/sessions/resolve-session-user";
import { revokeUserSession, signOutOtherSessions } from "@/lib/sessions/revoke-user-sessions";
import { createUser } from "../helpers/factories";

const CHROME_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36";

async function sessionCookie(userId: string, sessionId: string, sessionVersion = 0): Promise<string> {
  const jwt = await encode({ token: { uid: userId, sv: sessionVersion, sid: sessionId, role: "user" }, secret: authSecret() });
  return `next-auth.session-token=${jwt}`;
}

async function callWithCookie(method: "GET" | "POST", path: string, cookie: string, extra: Record<string, string> = {}, body?: unknown) {
  const request = new NextRequest(`http://localhost/api/v1${path}`, {
    method, headers: { cookie, host: "localhost", ...extra, ...(body ? { "content-type": "application/json" } : {}) }, body: body ? JSON.stringify(body) : undefined,
  });
  const handler = method === "GET" ? GET : POST;
  const response = await handler(request, { params: Promise.resolve({ path: path.split("/").filter(Boolean) }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("sessions", () => {
  it("authenticate the API with the browser session until that one session is revoked", async () => {
    const user = await createUser();
    const laptop = await createUserSession(user.id, { ip: "203.0.113.5", userAgent: CHROME_MAC, location: "Lisbon, PT" });
    const phone = await createUserSession(user.id, { ip: "198.51.100.7", userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1", location: null });
    const laptopCookie = await sessionCookie(user.id, laptop);
    expect((await callWithCookie("GET", "/accounts", laptopCookie)).status).toBe(200);

    const sessions = await listUserSessions(user.id, laptop);
    expect(sessions.map((s) => [s.device, s.location, s.current])).toEqual([["Chrome on macOS", "Lisbon, PT", true], ["Safari on iOS", null, false]]);

    await revokeUserSession(user.id, laptop);
    expect((await callWithCookie("GET", "/accounts", laptopCookie)).status).toBe(401);
    expect((await callWithCookie("GET", "/accounts", await sessionCookie(user.id, phone))).status).toBe(200);
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId: undefined })).toBeNull();
  });

  it("refuse a session-authenticated write from another origin", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id, await createUserSession(user.id, { ip: "10.0.0.1", userAgent: null, location: null }));
    const body = { name: "x", scope: "total", period: "monthly", amount: 100 };
    const forged = await callWithCookie("POST", "/budgets", cookie, { origin: "https://evil.example" }, body);
    expect(forged).toEqual({ status: 403, body: { error: { code: "forbidden", message: "Origin: cross-site requests with a session are refused; use a personal access token" } } });
    expect((await callWithCookie("POST", "/budgets", cookie, { origin: "http://localhost" }, body)).status).toBe(201);
  });

  it("cannot be listed or revoked by another user", async () => {
    const alice = await createUser("Alice");
    const bob = await createUser("Bob");
    const aliceSession = await createUserSession(alice.id, { ip: "10.0.0.1", userAgent: null, location: null });
    expect(await listUserSessions(bob.id, null)).toEqual([]);
    await expect(revokeUserSession(bob.id, aliceSession)).rejects.toMatchObject({ code: "not_found", message: "Session was not found" });
    expect(await resolveSessionUser({ userId: alice.id, sessionVersion: 0, sessionId: aliceSession })).toMatchObject({ id: alice.id });
    // A JWT naming Alice's session but Bob's id is refused.
    expect(await resolveSessionUser({ userId: bob.id, sessionVersion: 0, sessionId: aliceSession })).toBeNull();
  });

  it("sign out every other session at once, keeping the current one", async () => {
    const user = await createUser();
    const here = await createUserSession(user.id, { ip: "10.0.0.1", userAgent: null, location: null });
    await createUserSession(user.id, { ip: "10.0.0.2", userAgent: null, location: null });
    await createUserSession(user.id, { ip: "10.0.0.3", userAgent: null, location: null });
    expect(await signOutOtherSessions(user.id, here)).toBe(2);
    expect((await listUserSessions(user.id, here)).map((s) => s.id)).toEqual([here]);
  });
});

describe("changing the password", () => {
  it("needs the current password, signs out the other sessions and appears among the security events", async () => {
    const user = await createUser();
    const here = await createUserSession(user.id, { ip: "10.0.0.1", userAgent: CHROME_MAC, location: null });
    const elsewhere = await createUserSession(user.id, { ip: "10.0.0.2", userAgent: null, location: null });
    await verifyCredentials({ email: user.email, password: "not-my-password-1", ip: "192.0.2.44" });

    await expect(changePassword(user.id, here, { currentPassword: "wrong-one-entirely", newPassword: "fresh-passphrase-2026" })).rejects.toMatchObject({
      code: "validation", message: "currentPassword: is not your current password",
    });
    await expect(changePassword(user.id, here, { currentPassword: user.password, newPassword: "short" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["newPassword"], message: "must be at least 10 characters" })],
    });
    await expect(changePassword(user.id, here, { currentPassword: user.password, newPassword: "fresh-passphrase-2026" })).resolves.toEqual({ signedOut: 1 });
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId: elsewhere })).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId: here })).toMatchObject({ id: user.id });
    await expect(verifyCredentials({ email: user.email, password: "fresh-passphrase-2026", ip: "10.0.0.1" })).resolves.toMatchObject({ id: user.id });

    const events = await listSecurityEvents(user.id);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["security.sign_in_failed", "security.password_change_failed", "security.password_changed"]));
    expect(events.find((e) => e.action === "security.sign_in_failed")).toMatchObject({ label: "Failed sign-in", ip: "192.0.2.44" });
    const other = await createUser("Other");
    expect(await listSecurityEvents(other.id)).toEqual([]);
  });
});

describe("disabling a user", () => {
  it("ends their sessions at once and is recorded", async () => {
    const admin = await createUser("Admin");
    const user = await createUser();
    const session = await createUserSession(user.id, { ip: "10.0.0.1", userAgent: null, location: null });
    await setUserDisabled(admin.id, user.id, true);
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 1, sessionId: session })).toBeNull();
    await expect(setUserDisabled(admin.id, admin.id, true)).rejects.toMatchObject({ message: "userId: you cannot disable your own account" });
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "admin.user_disabled" } })).toBe(1);
  });
});
