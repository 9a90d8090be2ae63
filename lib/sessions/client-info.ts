/** Where a request came from, as far as the headers tell: first forwarded address, agent and platform geo headers. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  /** "City, Country" when the host (Vercel, Cloudflare) adds geo headers; we do not ship a GeoIP database. */
  location: string | null;
}

type HeaderSource = Pick<Headers, "get"> | Record<string, unknown> | undefined;

function header(source: HeaderSource, name: string): string | undefined {
  if (!source) return undefined;
  if ("get" in source && typeof source.get === "function") return (source as Pick<Headers, "get">).get(name) ?? undefined;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

export function clientInfoFromHeaders(source: HeaderSource): ClientInfo {
  const ip = header(source, "x-forwarded-for")?.split(",")[0]?.trim() || header(source, "x-real-ip") || "unknown";
  const city = header(source, "x-vercel-ip-city") ?? header(source, "cf-ipcity");
  const country = header(source, "x-vercel-ip-country") ?? header(source, "cf-ipcountry");
  const location = [city ? decodeURIComponent(city) : undefined, country].filter(Boolean).join(", ") || null;
  return { ip: ip.slice(0, 64), userAgent: header(source, "user-agent")?.slice(0, 512) ?? null, location: location?.slice(0, 120) ?? null };
}
