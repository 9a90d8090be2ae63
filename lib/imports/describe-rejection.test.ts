import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { describeRejection, type RejectionTranslator } from "./describe-rejection";
import { parseStatement } from "./parse-statement";
import { reject, type RejectionCode } from "./rejection";

const translator = (locale: string, messages: { rejections: object }): RejectionTranslator =>
  createTranslator({ locale, messages: messages.rejections, onError: (error) => { throw error; } }) as unknown as RejectionTranslator;

const SAMPLES: { [C in RejectionCode]: ReturnType<typeof reject> } = {
  dateEmpty: reject("dateEmpty"),
  dateInvalid: reject("dateInvalid", { text: "31/02" }),
  ofxDateInvalid: reject("ofxDateInvalid", { text: "2024" }),
  amountEmpty: reject("amountEmpty"),
  amountTooLong: reject("amountTooLong"),
  amountInvalid: reject("amountInvalid", { text: "abc" }),
  amountUnsafe: reject("amountUnsafe"),
  debitCreditEmpty: reject("debitCreditEmpty"),
  ofxNoAmount: reject("ofxNoAmount"),
  ofxNoDate: reject("ofxNoDate"),
  qifNoDate: reject("qifNoDate"),
  qifNoAmount: reject("qifNoAmount"),
  camtNoAmount: reject("camtNoAmount"),
  camtNoDirection: reject("camtNoDirection"),
  camtNoDate: reject("camtNoDate"),
  currencyInvalid: reject("currencyInvalid", { text: "EURO" }),
  currencyMismatch: reject("currencyMismatch", { currency: "EUR", accountCurrency: "USD" }),
  fileEmpty: reject("fileEmpty"),
  fileTooLarge: reject("fileTooLarge", { bytes: 20000000, limit: 10485760 }),
  fileBinaryNul: reject("fileBinaryNul"),
  fileBinaryControl: reject("fileBinaryControl"),
  filePdf: reject("filePdf"),
  fileNoContent: reject("fileNoContent"),
  fileUnknownFormat: reject("fileUnknownFormat"),
  camtNoStatement: reject("camtNoStatement"),
  csvNoRows: reject("csvNoRows"),
  csvNoDateAndAmount: reject("csvNoDateAndAmount"),
  csvNoDateColumn: reject("csvNoDateColumn", { headers: "Foo, Bar" }),
  csvNoAmountColumn: reject("csvNoAmountColumn", { headers: "Date, Memo" }),
  markupTooDeep: reject("markupTooDeep", { depth: 64 }),
  markupEntities: reject("markupEntities"),
  ofxNoRoot: reject("ofxNoRoot"),
  ofxNoStatement: reject("ofxNoStatement"),
  qifNoTransactions: reject("qifNoTransactions"),
};

describe("statement rejections", () => {
  it("the catalog's English is the parsers' own sentence for every code", () => {
    const t = translator("en", en);
    for (const sample of Object.values(SAMPLES)) expect(describeRejection(sample, t)).toBe(sample.reason);
  });

  it("reads a rejected line in German, with its argument", () => {
    const result = parseStatement(new TextEncoder().encode("Date,Description,Amount\n2024-01-05,Tea,-2.50\n2024-02-30,Cake,-3.00\n"), { format: "csv", defaultCurrency: "EUR" });
    if (!result.ok) throw new Error(result.reason);
    const [row] = result.statement.rejected;
    expect(row).toEqual({ line: 3, reason: '"2024-02-30" is not a valid date', code: "dateInvalid", params: { text: "2024-02-30" } });
    expect(describeRejection(row as NonNullable<typeof row>, translator("de", de))).toBe("„2024-02-30“ ist kein gültiges Datum");
  });

  it("shows a row stored before codes existed in its English", () => {
    expect(describeRejection({ reason: "missing TRNAMT" }, translator("de", de))).toBe("missing TRNAMT");
  });
});
