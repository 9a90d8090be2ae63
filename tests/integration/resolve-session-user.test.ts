import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUserSession } from "@/lib/sessions/create-user-session";
import { resolveSessionUser } from "@/lib/sessions/resolve-session-user";
import { createUser } from "../helpers/factories";

const CLIENT = { ip: "10.0.0.1", userAgent: null, location: null };

async function lastSeenAt(sessionId: string): Promise<Date> {
  return (await prisma().userSession.findUniqueOrThrow({ where: { id: sessionId }, select: { lastSeenAt: true } })).lastSeenAt;
}

describe("resolveSessionUser", () => {
  it("returns the session's user with the fields the app shows", async () => {
    const user = await createUser("Ada Example");
    const sessionId = await createUserSession(user.id, CLIENT);
    await prisma().user.update({ where: { id: user.id }, data: { role: "admin", homeCurrency: "EUR", locale: "fr-FR", theme: "dark" } });
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId })).toEqual({
      id: user.id, email: user.email, name: "Ada Example", role: "admin", homeCurrency: "EUR", locale: "fr-FR", theme: "dark",
    });
  });

  it("refuses a revoked session, a disabled user, an old session version, another user's session and ids that are no UUIDs", async () => {
    const user = await createUser();
    const other = await createUser("Other");
    const revoked = await createUserSession(user.id, CLIENT);
    const live = await createUserSession(user.id, CLIENT);
    await prisma().userSession.update({ where: { id: revoked }, data: { revokedAt: new Date() } });
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId: revoked })).toBeNull();
    expect(await resolveSessionUser({ userId: other.id, sessionVersion: 0, sessionId: live })).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId: "not-a-session" })).toBeNull();
    expect(await resolveSessionUser({ userId: "not-a-user", sessionVersion: 0, sessionId: live })).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId: live })).toMatchObject({ id: user.id });

    await prisma().user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId: live })).toBeNull();
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 1, sessionId: live })).toMatchObject({ id: user.id });

    await prisma().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await resolveSessionUser({ userId: user.id, sessionVersion: 1, sessionId: live })).toBeNull();
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const user = await createUser();
    const sessionId = await createUserSession(user.id, CLIENT);
    const start = new Date("2030-01-01T12:00:00.000Z");
    await prisma().userSession.update({ where: { id: sessionId }, data: { lastSeenAt: start } });

    await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId }, new Date("2030-01-01T12:01:00.000Z"));
    expect(await lastSeenAt(sessionId)).toEqual(start);

    const later = new Date("2030-01-01T12:01:00.001Z");
    await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId }, later);
    expect(await lastSeenAt(sessionId)).toEqual(later);

    await resolveSessionUser({ userId: user.id, sessionVersion: 0, sessionId }, new Date("2030-01-01T12:01:30.000Z"));
    expect(await lastSeenAt(sessionId)).toEqual(later);
  });

  it("does not touch lastSeenAt of a session it refuses", async () => {
    const user = await createUser();
    const sessionId = await createUserSession(user.id, CLIENT);
    const start = new Date("2030-01-01T12:00:00.000Z");
    await prisma().userSession.update({ where: { id: sessionId }, data: { lastSeenAt: start } });
    await resolveSessionUser({ userId: user.id, sessionVersion: 5, sessionId }, new Date("2030-01-01T13:00:00.000Z"));
    expect(await lastSeenAt(sessionId)).toEqual(start);
  });
});
