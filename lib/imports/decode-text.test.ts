import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";

describe("decodeText", () => {
  it("detects UTF-8 with and without BOM", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({ text: "café", encoding: "utf-8-bom" });
    expect(decodeText(new TextEncoder().encode("Grüße"))).toEqual({ text: "Grüße", encoding: "utf-8" });
  });

  it("tells Windows-1252 from ISO-8859-1 by the 0x80-0x9F range", () => {
    expect(decodeText(new Uint8Array([0x80, 0x32, 0x30, 0x20, 0x97, 0x20, 0xc9]))).toEqual({ text: "€20 — É", encoding: "windows-1252" });
    expect(decodeText(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]))).toEqual({ text: "Grüße", encoding: "iso-8859-1" });
  });

  it("decodes UTF-16 with a BOM", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))).toEqual({ text: "AB", encoding: "utf-16le" });
  });

  it("refuses binary data", () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/binary/);
  });
});
