/**
 * QStash signs every scheduled call (Upstash-Signature: an HS256 JWT over the URL and a SHA-256 of the
 * body). Receiver checks it against our canonical URL, so a signature captured for another endpoint or a
 * tampered body is refused. Anything that does not verify is a 401, never a 500 QStash would retry.
 */
import { Receiver } from "@upstash/qstash";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export function cronSyncUrl(): string {
  return `${env().APP_URL.replace(/\/$/, "")}/api/cron/sync`;
}

export async function verifyCronRequest(input: { signature: string | null; body: string }): Promise<void> {
  const { QSTASH_CURRENT_SIGNING_KEY: current, QSTASH_NEXT_SIGNING_KEY: next } = env();
  const refused = new AppError("unauthenticated", "The request is not signed by the scheduler");
  // Without signing keys (embedded mode) the in-process scheduler runs syncs and this endpoint accepts nothing.
  if (!current || !next || !input.signature) throw refused;
  const receiver = new Receiver({ currentSigningKey: current, nextSigningKey: next });
  let valid = false;
  try {
    valid = await receiver.verify({ signature: input.signature, body: input.body, url: cronSyncUrl() });
  } catch {
    valid = false;
  }
  if (!valid) throw refused;
}
