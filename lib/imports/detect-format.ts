import type { StatementFormat } from "./types";

/**
 * Recognizes a statement format from its decoded text. Looks only at the first 64 KB so a
 * huge file costs nothing here. Returns undefined when nothing matches.
 */
export function detectFormat(text: string): StatementFormat | undefined {
  const head = text.slice(0, 64 * 1024).replace(/^\uFEFF/, "");
  const trimmed = head.trimStart();
  if (/OFXHEADER\s*[:=]/i.test(head) || /<OFX[\s>]/i.test(head)) return "ofx";
  if (trimmed.startsWith("<") && /<(\w+:)?(BkToCstmrStmt|BkToCstmrAcctRpt|BkToCstmrDbtCdtNtfctn)[\s>]/.test(head)) {
    return "camt053";
  }
  if (/^!(Type|Account|Option|Clear)\s*:?/im.test(trimmed.slice(0, 4096)) && /^\^/m.test(head)) return "qif";
  if (/^D\s{0,4}\d{1,4}[/.\-]/m.test(head) && /^T[-+\d]/m.test(head) && /^\^\s*$/m.test(head)) return "qif";
  if (trimmed.startsWith("<")) return undefined;
  const lines = head.split(/\r\n|\n|\r/, 20).filter((l) => l.trim().length > 0);
  if (lines.some((line) => /[,;\t|]/.test(line))) return "csv";
  return undefined;
}
