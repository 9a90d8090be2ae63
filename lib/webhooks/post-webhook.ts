import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { BlockedTargetError, blockedTargetReason, guardedLookup, resolveHost, type ResolveHost } from "./webhook-target";

export interface PostWebhookOptions {
  timeoutMs: number;
  resolve?: ResolveHost;
}

/**
 * One POST to a receiver; resolves with its HTTP status. node:http rather than fetch so the
 * connection goes through guardedLookup (fetch takes no lookup hook). Redirects are not followed:
 * a 3xx is the receiver's answer, not an invitation to call somewhere else.
 * Throws BlockedTargetError for a private target, any other error for a network failure.
 */
export async function postWebhook(url: string, headers: Record<string, string>, body: string, options: PostWebhookOptions): Promise<number> {
  const target = new URL(url);
  const resolve = options.resolve ?? resolveHost;
  // An IP literal never reaches the lookup hook, so it is checked here.
  if (isIP(target.hostname.replace(/^\[|\]$/g, ""))) {
    const reason = await blockedTargetReason(target.hostname, resolve);
    if (reason) throw new BlockedTargetError(reason);
  }
  const client = target.protocol === "https:" ? https : http;
  return new Promise<number>((done, fail) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)), "user-agent": "Fathom-Webhooks/1" },
        lookup: guardedLookup(resolve),
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        response.resume();
        done(response.statusCode ?? 0);
      },
    );
    request.on("error", fail);
    request.end(body);
  });
}
