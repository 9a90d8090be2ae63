import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhookSignature } from "./sign-webhook";

describe("webhook signatures", () => {
  const body = JSON.stringify({ type: "alert.created" });
  it("is HMAC-SHA256 over timestamp.body and verifies", () => {
    const signature = signWebhook("s3cret", 1_700_000_000, body);
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature("s3cret", { signature, timestamp: "1700000000" }, body, 1_700_000_100)).toBe(true);
  });

  it("refuses a wrong secret, a tampered body, a moved timestamp or a stale delivery", () => {
    const signature = signWebhook("s3cret", 1_700_000_000, body);
    expect(verifyWebhookSignature("other", { signature, timestamp: "1700000000" }, body, 1_700_000_000)).toBe(false);
    expect(verifyWebhookSignature("s3cret", { signature, timestamp: "1700000000" }, `${body} `, 1_700_000_000)).toBe(false);
    expect(verifyWebhookSignature("s3cret", { signature, timestamp: "1700000001" }, body, 1_700_000_000)).toBe(false);
    expect(verifyWebhookSignature("s3cret", { signature, timestamp: "1700000000" }, body, 1_700_000_301)).toBe(false);
  });
});
