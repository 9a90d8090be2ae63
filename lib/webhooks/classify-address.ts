import { BlockList, isIP } from "node:net";

/**
 * Address ranges a webhook may never reach: the server's own machine and networks a public
 * receiver cannot live on. A user-supplied URL that lands here would let anyone probe or call
 * internal services from our server (SSRF).
 */
const RANGES: readonly { cidr: string; what: string }[] = [
  { cidr: "0.0.0.0/8", what: "an unspecified address" },
  { cidr: "10.0.0.0/8", what: "a private network address" },
  { cidr: "100.64.0.0/10", what: "a carrier-grade NAT address" },
  { cidr: "127.0.0.0/8", what: "a loopback address" },
  { cidr: "169.254.0.0/16", what: "a link-local address" },
  { cidr: "172.16.0.0/12", what: "a private network address" },
  { cidr: "192.0.0.0/24", what: "a reserved address" },
  { cidr: "192.168.0.0/16", what: "a private network address" },
  { cidr: "198.18.0.0/15", what: "a reserved address" },
  { cidr: "224.0.0.0/4", what: "a multicast address" },
  { cidr: "240.0.0.0/4", what: "a reserved address" },
  { cidr: "::/128", what: "an unspecified address" },
  { cidr: "::1/128", what: "a loopback address" },
  { cidr: "fc00::/7", what: "a private network address" },
  { cidr: "fe80::/10", what: "a link-local address" },
  { cidr: "ff00::/8", what: "a multicast address" },
];

const blocks = RANGES.map(({ cidr, what }) => {
  const [network = "", prefix = "0"] = cidr.split("/");
  const list = new BlockList();
  list.addSubnet(network, Number(prefix), isIP(network) === 6 ? "ipv6" : "ipv4");
  return { list, family: isIP(network) === 6 ? ("ipv6" as const) : ("ipv4" as const), what };
});

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address. */
function embeddedIpv4(address: string): string | null {
  const match = /^(?:::ffff:(?:0:)?|64:ff9b::)(.+)$/i.exec(address);
  if (!match?.[1]) return null;
  const tail = match[1];
  if (isIP(tail) === 4) return tail;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(tail);
  if (!hex?.[1] || !hex[2]) return null;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/**
 * Why a webhook may not be delivered to this IP address ("a loopback address"), or null when it is
 * a public address. Anything that is not an IP address at all is refused too.
 */
export function classifyAddress(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 0) return "not an IP address";
  if (family === 6) {
    const inner = embeddedIpv4(bare);
    if (inner) return classifyAddress(inner);
  }
  const type = family === 6 ? "ipv6" : "ipv4";
  for (const block of blocks) {
    if (block.family === type && block.list.check(bare, type)) return block.what;
  }
  return null;
}

/** Host names that always mean this machine or its local network, whatever DNS says. */
export function isLocalHostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost") || name.endsWith(".local") || name.endsWith(".internal") || name === "metadata.google.internal";
}
