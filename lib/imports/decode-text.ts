import { reject } from "./rejection";
import { StatementParseError, type TextEncoding } from "./types";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Past this many bytes we refuse rather than risk a slow request; real statements are far smaller. */
export const MAX_STATEMENT_BYTES = 25 * 1024 * 1024;

/**
 * Decodes statement bytes, detecting the encoding: a BOM wins; otherwise strict UTF-8;
 * otherwise a legacy single-byte code page. Bytes 0x80-0x9F are printable in Windows-1252
 * (€, smart quotes, dashes) but control codes in ISO-8859-1, so their presence picks 1252.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw StatementParseError.of(reject("fileEmpty"));
  if (bytes.length > MAX_STATEMENT_BYTES) {
    throw StatementParseError.of(reject("fileTooLarge", { bytes: bytes.length, limit: MAX_STATEMENT_BYTES }));
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrictUtf8(bytes.subarray(3)) ?? new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  assertLooksLikeText(bytes);
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  if (bytes.some((b) => b >= 0x80 && b <= 0x9f)) {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
  return { text: decodeLatin1(bytes), encoding: "iso-8859-1" };
}

function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// Windows-1252 differs from ISO-8859-1 only in 0x80-0x9F. Node builds without full ICU decode
// "windows-1252" as Latin-1, so the 32 code points are mapped here; undefined slots stay as is.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = decodeLatin1(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => String.fromCharCode(WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch.charCodeAt(0)));
}

/** WHATWG maps the "latin1" label to windows-1252, so true ISO-8859-1 is decoded by hand. */
function decodeLatin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + chunk)));
  }
  return parts.join("");
}

/** NUL bytes or many control codes mean an image, PDF stream or archive, not a text statement. */
function assertLooksLikeText(bytes: Uint8Array): void {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw StatementParseError.of(reject("fileBinaryNul"));
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control += 1;
  }
  if (control > sample.length * 0.05) {
    throw StatementParseError.of(reject("fileBinaryControl"));
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw StatementParseError.of(reject("filePdf"));
  }
}
