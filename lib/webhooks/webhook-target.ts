/**
 * Where a webhook may go. A user types the URL, and our server makes the request: without this
 * check anyone could make it call localhost, the cloud metadata service or the private network
 * (SSRF). The URL is checked when it is saved (a clear 422) and again on every delivery, on the
 * addresses the connection actually uses, so a name that later resolves somewhere private (DNS
 * rebinding) is caught too. WEBHOOK_ALLOW_PRIVATE=on lifts the rule for local test receivers.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";
import { webhookPrivateTargetsAllowed } from "@/lib/env";
import { invalidField } from "@/lib/errors";
import { classifyAddress, isLocalHostName } from "./classify-address";

/** The shape of dns.lookup with { all: true }; tests pass their own to play a rebinding DNS server. */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export const resolveHost: ResolveHost = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/** Thrown when a delivery's target is private; never retried. The message is safe to show the user. */
export class BlockedTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BlockedTargetError";
  }
}

const PUBLIC_ONLY = "webhooks must go to a public internet address";

/** Why this host (a name or an IP literal, brackets allowed) may not be called, or null. Resolves names. */
export async function blockedTargetReason(hostname: string, resolve: ResolveHost = resolveHost): Promise<string | null> {
  if (webhookPrivateTargetsAllowed()) return null;
  const host = hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) {
    const what = classifyAddress(host);
    return what ? `${hostname} is ${what}; ${PUBLIC_ONLY}` : null;
  }
  if (isLocalHostName(host)) return `${hostname} is a local host name; ${PUBLIC_ONLY}`;
  const addresses = await resolve(host);
  for (const { address } of addresses) {
    const what = classifyAddress(address);
    if (what) return `${hostname} resolves to ${what} (${address}); ${PUBLIC_ONLY}`;
  }
  return addresses.length === 0 ? `${hostname} does not resolve to any address` : null;
}

/** For saving an endpoint: a private or unknown host is a validation error naming the url field. */
export async function assertPublicWebhookUrl(url: string, resolve: ResolveHost = resolveHost): Promise<void> {
  const { hostname } = new URL(url);
  let reason: string | null;
  let found = true;
  try {
    reason = await blockedTargetReason(hostname, resolve);
  } catch {
    reason = `the host ${hostname} could not be found`;
    found = false;
  }
  if (reason) throw invalidField("url", reason, found ? "errors.webhookHostBlocked" : "errors.webhookHostUnknown", { host: hostname });
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that refuses private answers. The socket connects to exactly the
 * addresses checked here, so there is no window between the check and the connection.
 */
export function guardedLookup(resolve: ResolveHost = resolveHost) {
  return (hostname: string, options: { all?: boolean } | number, callback: LookupCallback): void => {
    const all = typeof options === "object" && options.all === true;
    resolve(hostname).then(
      (addresses) => {
        if (!webhookPrivateTargetsAllowed()) {
          for (const { address } of addresses) {
            const what = classifyAddress(address);
            if (what) return callback(new BlockedTargetError(`${hostname} resolves to ${what} (${address}); ${PUBLIC_ONLY}`), all ? [] : "");
          }
        }
        const first = addresses[0];
        if (!first) return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: "ENOTFOUND" }), all ? [] : "");
        if (all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, all ? [] : ""),
    );
  };
}
