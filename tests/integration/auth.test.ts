import { describe, expect, it } from "vitest";
import { registerUser } from "@/lib/auth/register-user";
import { loginLimitPerEmail, verifyCredentials } from "@/lib/auth/verify-credentials";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser } from "../helpers/factories";

describe("registration", () => {
  it("stores an argon2id hash, never the password, and gives the user the default categories", async () => {
    const user = await registerUser({ name: "Ada", email: "  Ada@Example.TEST ", password: "analytical-engine-1843" });
    const stored = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.email).toBe("ada@example.test");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain("analytical");
    const categories = await prisma().category.findMany({ where: { userId: user.id, parentId: null } });
    expect(categories.map((c) => c.name).sort()).toEqual(
      ["Bills & Utilities", "Entertainment", "Food & Dining", "Healthcare", "Income", "Other", "Shopping", "Transfers", "Transportation", "Travel"],
    );
  });

  it.each([
    [{ name: "A", email: "not-an-email", password: "analytical-engine-1843" }, "email: must be a valid e-mail address"],
    [{ name: "A", email: "a@example.test", password: "short" }, "password: must be at least 10 characters"],
    [{ name: "A", email: "a@example.test", password: "password123" }, "password: is too common; choose something less guessable"],
    [{ name: "A", email: "a@example.test", password: "aaaaaaaaaaaa" }, "password: needs more variety than a few repeated characters"],
    [{ name: "", email: "a@example.test", password: "analytical-engine-1843" }, "name: is required"],
  ])("refuses %o with a message naming the field", async (input, message) => {
    const error = await registerUser(input).catch((e: unknown) => e);
    const { toErrorResponse } = await import("@/lib/errors");
    expect(toErrorResponse(error)).toMatchObject({ status: 422, body: { error: { code: "validation", message } } });
  });

  it("refuses a second account with the same e-mail and leaves the first intact", async () => {
    const first = await createUser();
    const error = await registerUser({ name: "Other", email: first.email.toUpperCase(), password: "another-good-password" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
    expect(await prisma().user.count({ where: { email: first.email } })).toBe(1);
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one or an unknown e-mail alike", async () => {
    const user = await createUser();
    await expect(verifyCredentials({ email: user.email, password: user.password, ip: "10.0.0.1" })).resolves.toMatchObject({ id: user.id, role: "user" });
    await expect(verifyCredentials({ email: user.email, password: "wrong-password-123", ip: "10.0.0.1" })).resolves.toBeNull();
    await expect(verifyCredentials({ email: "nobody@example.test", password: user.password, ip: "10.0.0.1" })).resolves.toBeNull();
    const failures = await prisma().auditLog.count({ where: { userId: user.id, action: "security.sign_in_failed" } });
    expect(failures).toBe(1);
  });

  it("refuses a disabled account", async () => {
    const user = await createUser();
    await prisma().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(verifyCredentials({ email: user.email, password: user.password, ip: "10.0.0.2" })).resolves.toBeNull();
  });

  it("rate-limits guessing on one e-mail with a clear message, even for the right password", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < loginLimitPerEmail().limit; attempt += 1) {
      await verifyCredentials({ email: user.email, password: `guess-number-${attempt}`, ip: `10.1.0.${attempt}` });
    }
    const error = await verifyCredentials({ email: user.email, password: user.password, ip: "10.1.1.1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("rate_limited");
    expect((error as AppError).message).toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/);
  });
});
