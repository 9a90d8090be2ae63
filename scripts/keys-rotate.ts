/**
 * `npm run keys:rotate`: re-encrypts every bank token and pending link verifier under TOKEN_ENCRYPTION_KEY.
 * Put the old key in TOKEN_KEYS_PREVIOUS first; remove it once this reports nothing skipped.
 * Prints counts only, never a token. The last line is JSON.
 */
import { closeDatabase } from "@/lib/db";
import { rotateTokenKeys } from "@/lib/crypto/rotate-token-keys";

const report = await rotateTokenKeys();
console.log(`Re-encrypted ${report.connections} connections and ${report.linkSessions} link sessions under key "${report.currentKeyId}"${report.skipped ? `; ${report.skipped} changed meanwhile, run again` : ""}`);
console.log(JSON.stringify(report));
await closeDatabase();
process.exitCode = report.skipped > 0 ? 1 : 0;
