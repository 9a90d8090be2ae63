import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "./decode-session-token";

const SECRET = "unit-test-secret-unit-test-secret-0000";

describe("decodeSessionToken", () => {
  it("reads a token next-auth encoded, exactly as next-auth's own decode does", async () => {
    const token = await encode({ token: { uid: "u-1", sv: 2, sid: "s-1", role: "user" }, secret: SECRET });
    const ours = await decodeSessionToken({ token, secret: SECRET });
    expect(ours).toEqual(await decode({ token, secret: SECRET }));
    expect(ours).toMatchObject({ uid: "u-1", sv: 2, sid: "s-1", role: "user" });
    // The second call uses the kept key and still answers the same.
    expect(await decodeSessionToken({ token, secret: SECRET })).toEqual(ours);
  });

  it("honours a salt as next-auth does", async () => {
    const token = await encode({ token: { uid: "u-2" }, secret: SECRET, salt: "pepper" });
    expect(await decodeSessionToken({ token, secret: SECRET, salt: "pepper" })).toMatchObject({ uid: "u-2" });
    await expect(decodeSessionToken({ token, secret: SECRET })).rejects.toThrow();
  });

  it("refuses another secret, a tampered token and an expired one", async () => {
    const token = await encode({ token: { uid: "u-3" }, secret: SECRET });
    await expect(decodeSessionToken({ token, secret: "another-secret-another-secret-000000" })).rejects.toThrow();
    const parts = token.split(".");
    const ciphertext = parts[3] ?? "";
    parts[3] = (ciphertext[0] === "A" ? "B" : "A") + ciphertext.slice(1);
    await expect(decodeSessionToken({ token: parts.join("."), secret: SECRET })).rejects.toThrow();
    const expired = await encode({ token: { uid: "u-3" }, secret: SECRET, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret: SECRET })).rejects.toThrow(/exp/);
  });

  it("refuses a token that is no compact JWE or names another algorithm", async () => {
    const token = await encode({ token: { uid: "u-4" }, secret: SECRET });
    await expect(decodeSessionToken({ token: "a.b.c", secret: SECRET })).rejects.toThrow(/compact JWE/);
    const none = Buffer.from(JSON.stringify({ alg: "none", enc: "A256GCM" })).toString("base64url");
    await expect(decodeSessionToken({ token: [none, ...token.split(".").slice(1)].join("."), secret: SECRET })).rejects.toThrow(/unexpected header/);
  });

  it("answers null for no token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret: SECRET })).toBeNull();
  });
});
