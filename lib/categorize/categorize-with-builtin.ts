import { explain, type ExplainMessage } from "@/lib/i18n/explain-message";
import { cleanDescriptor, tokenizeDescriptor } from "./clean-descriptor";
import { getTopLevelCategoryKey } from "./default-categories";
import { findMoreSpecificMerchant, matchLexicon, type LexiconEntry, type LexiconMatch } from "./match-lexicon";
import { isolateMerchantText, isStructuredRail } from "./normalize-merchant";
import type { CategorizableTransaction } from "./types";

/** Confidence levels for each kind of built-in evidence; named so tuning happens in one place. */
export const BUILTIN_CONFIDENCE = {
  decisiveKeyword: 0.9,
  knownMerchant: 0.9,
  knownMerchantOnCredit: 0.7,
  keywordBase: 0.55,
  keywordPerPoint: 0.1,
  keywordMax: 0.85,
  ownAccount: 0.95,
  unknownCredit: 0.45,
  recurringRent: 0.5,
  bankCategory: 0.6,
  billPayee: 0.8,
} as const;

/** Keyword weights at or above this describe the money movement itself and beat a merchant name. */
const DECISIVE_WEIGHT = 3;
/** A recurring debit at least this large (in major units of any currency) with no other signal is probably rent. */
const RENT_SIZED_MAJOR_UNITS = 500;

export interface OwnAccountHint {
  accountId: string;
  /** Last digits of the account number as banks print them in transfer descriptors. */
  mask?: string;
}

export interface BuiltinOptions {
  /** The user's own accounts other than this one: a descriptor naming one is a transfer. */
  ownAccounts?: ReadonlyArray<OwnAccountHint>;
}

export interface BuiltinResult {
  categoryKey: string;
  confidence: number;
  explanation: string;
  /** The explanation as a catalog message (`explain.category.builtin.*`, no final full stop). */
  message: ExplainMessage;
  /**
   * The piece of built-in knowledge that decided ("keyword:ATM", "merchant:Star Health"), so a
   * user who keeps overruling it can be learned from across merchants; absent for heuristics.
   */
  evidence?: string;
}

function evidenceOf(entry: LexiconEntry): string {
  return `${entry.kind}:${entry.label.toUpperCase()}`;
}

/** Bank-supplied labels (Plaid-style and plain English) mapped to our keys. */
const BANK_CATEGORY_MAP: ReadonlyArray<[RegExp, string]> = [
  [/INCOME|PAYROLL|SALARY|DEPOSIT/, "income"],
  [/TRANSFER|ATM|CASH/, "transfers"],
  [/LOAN|RENT|UTILIT|INSURANCE|BILL|PHONE|INTERNET|TAX/, "bills_and_utilities"],
  [/FOOD|DRINK|RESTAURANT|GROCER|DINING|COFFEE/, "food_and_dining"],
  [/TRANSPORT|GAS|FUEL|PARKING|TAXI|AUTO/, "transportation"],
  [/TRAVEL|AIR|HOTEL|LODGING/, "travel"],
  [/MEDICAL|HEALTH|PHARMAC|DOCTOR|FITNESS|GYM/, "healthcare"],
  [/ENTERTAIN|RECREATION|MUSIC|MOVIE|GAME|STREAM/, "entertainment"],
  [/MERCHANDISE|SHOP|CLOTH|ELECTRONIC|HOME|PERSONAL|PET/, "shopping"],
];

/** Income words only mean income on money in; bills, rent and fees only on money out. */
function fitsDirection(entry: LexiconEntry, amount: number): boolean {
  const top = getTopLevelCategoryKey(entry.categoryKey);
  if (top === "income") return amount > 0;
  if (entry.weight >= DECISIVE_WEIGHT && (top === "bills_and_utilities" || top === "other" || top === "travel")) {
    return amount < 0;
  }
  return true;
}

/** Bill kinds whose strong words ("PROPERTY MGMT", "INS PREM") identify the payee of a transfer. */
const BILL_PAYEE_CATEGORIES = new Set(["rent", "utilities", "insurance", "loan_payments", "taxes", "phone_and_internet"]);
const BILL_PAYEE_MIN_WEIGHT = 2;

/**
 * A transfer rail (Zelle, FPS, IMPS) paying a landlord or a utility is a bill: the rail says how
 * the money moved, the payee says what it was for. Only strong bill words count.
 */
function findBillPayee(matches: ReadonlyArray<LexiconMatch>): LexiconMatch | undefined {
  return matches
    .filter((match) => match.entry.kind === "keyword" && match.entry.weight >= BILL_PAYEE_MIN_WEIGHT && BILL_PAYEE_CATEGORIES.has(match.entry.categoryKey))
    .sort((a, b) => b.entry.weight - a.entry.weight || b.entry.squashed.length - a.entry.squashed.length)[0];
}

/**
 * With two merchants in one descriptor the first named is the one paid: "SHELL COSTCUTTER" is a
 * Shell forecourt with a Costcutter shop. Among matches starting at the same token the longest
 * spelling is the most specific ("AMAZON PRIME VIDEO" over "AMAZON").
 */
function pickMerchant(matches: ReadonlyArray<LexiconMatch>): LexiconMatch | undefined {
  return matches
    .filter((match) => match.entry.kind === "merchant")
    .sort((a, b) => a.tokenIndex - b.tokenIndex || b.entry.squashed.length - a.entry.squashed.length)[0];
}

function describeKind(entry: LexiconEntry): string {
  return entry.kind === "merchant" ? `the merchant "${entry.label}"` : `the word "${entry.label}"`;
}

function kindParam(entry: LexiconEntry): ExplainMessage {
  return explain(entry.kind === "merchant" ? "category.builtin.kindMerchant" : "category.builtin.kindWord", { label: entry.label });
}

/**
 * Built-in knowledge: known merchants, MCC-like keywords in several languages, and amount and
 * direction heuristics. Returns undefined when nothing in the descriptor is recognised.
 */
export function categorizeWithBuiltin(
  tx: CategorizableTransaction,
  options: BuiltinOptions = {},
): BuiltinResult | undefined {
  const cleaned = cleanDescriptor(tx.description);
  const tokens = tokenizeDescriptor(cleaned);

  const ownAccount = options.ownAccounts?.find(
    (account) => account.mask !== undefined && account.mask.length >= 3 && tokens.some((t) => t.endsWith(account.mask ?? "")),
  );
  if (ownAccount && tokens.some((t) => /^(TRANSFER|XFER|TFR|TRF|FROM|TO)$/.test(t))) {
    return {
      categoryKey: "account_transfer",
      confidence: BUILTIN_CONFIDENCE.ownAccount,
      explanation: `It moves money to or from your own account ending ${ownAccount.mask}.`,
      message: explain("category.builtin.ownAccount", { mask: ownAccount.mask ?? "" }),
    };
  }

  const matches = matchLexicon(tokens).filter((match) => fitsDirection(match.entry, tx.amount));

  const decisive = matches
    .filter((match) => match.entry.kind === "keyword" && match.entry.weight >= DECISIVE_WEIGHT)
    .sort((a, b) => b.entry.weight - a.entry.weight || b.entry.squashed.length - a.entry.squashed.length)[0];
  const billPayee = tx.amount < 0 ? findBillPayee(matches) : undefined;
  const movesMoney = (top: string): boolean => top === "transfers";
  if (billPayee && decisive && movesMoney(getTopLevelCategoryKey(decisive.entry.categoryKey))) {
    return {
      categoryKey: billPayee.entry.categoryKey,
      confidence: BUILTIN_CONFIDENCE.billPayee,
      evidence: evidenceOf(billPayee.entry),
      explanation: `It pays someone described by ${describeKind(billPayee.entry)}, so it is a bill, not a transfer between your accounts.`,
      message: explain("category.builtin.billPayee", { kind: kindParam(billPayee.entry) }),
    };
  }
  if (decisive) {
    return {
      categoryKey: decisive.entry.categoryKey,
      confidence: BUILTIN_CONFIDENCE.decisiveKeyword,
      evidence: evidenceOf(decisive.entry),
      explanation: `The description contains ${describeKind(decisive.entry)}, which marks this kind of payment.`,
      message: explain("category.builtin.decisiveKeyword", { kind: kindParam(decisive.entry) }),
    };
  }

  // The payee part first: "PAYTM*BLINKIT" is Blinkit, paid through Paytm.
  const payeeMatches = matchLexicon(tokenizeDescriptor(isolateMerchantText(cleaned))).filter((match) => fitsDirection(match.entry, tx.amount));
  const payee = pickMerchant(payeeMatches);
  // ...unless the whole descriptor names a more specific merchant starting the same way ("UBER *EATS" is Uber Eats).
  const moreSpecific = payee && findMoreSpecificMerchant(payee.entry, matches);
  // A rail descriptor's other fields are banks and wallet handles ("PYTM", "@paytm"), never the payee.
  const merchant = moreSpecific ?? payee ?? (isStructuredRail(cleaned) ? undefined : pickMerchant(matches));
  if (billPayee && merchant && movesMoney(getTopLevelCategoryKey(merchant.entry.categoryKey))) {
    return {
      categoryKey: billPayee.entry.categoryKey,
      confidence: BUILTIN_CONFIDENCE.billPayee,
      evidence: evidenceOf(billPayee.entry),
      explanation: `It is paid through ${merchant.entry.label} to someone described by ${describeKind(billPayee.entry)}, so it is a bill.`,
      message: explain("category.builtin.billThrough", { merchant: merchant.entry.label, kind: kindParam(billPayee.entry) }),
    };
  }
  if (merchant) {
    const top = getTopLevelCategoryKey(merchant.entry.categoryKey);
    // Money back from a shop is usually a refund: same category, less certain.
    const refund = tx.amount > 0 && top !== "income" && top !== "transfers";
    return {
      categoryKey: merchant.entry.categoryKey,
      confidence: refund ? BUILTIN_CONFIDENCE.knownMerchantOnCredit : BUILTIN_CONFIDENCE.knownMerchant,
      evidence: evidenceOf(merchant.entry),
      explanation: refund
        ? `It is money back from ${merchant.entry.label}, a known merchant in this category.`
        : `${merchant.entry.label} is a known merchant in this category.`,
      message: explain(refund ? "category.builtin.refund" : "category.builtin.knownMerchant", { merchant: merchant.entry.label }),
    };
  }

  const scores = new Map<string, { score: number; best: LexiconEntry }>();
  for (const { entry } of matches) {
    if (entry.kind !== "keyword") continue;
    // Longer phrases are more specific: "TRAVEL CENTER" (fuel) outweighs "TRAVEL" (lodging).
    const points = entry.weight + entry.squashed.length / 100;
    const top = getTopLevelCategoryKey(entry.categoryKey);
    const current = scores.get(top);
    if (!current) scores.set(top, { score: points, best: entry });
    else {
      current.score += points;
      if (entry.weight > current.best.weight || (entry.weight === current.best.weight && entry.squashed.length > current.best.squashed.length)) {
        current.best = entry;
      }
    }
  }
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
  const winner = ranked[0];
  if (winner) {
    const margin = winner.score - (ranked[1]?.score ?? 0);
    const confidence = Math.min(
      BUILTIN_CONFIDENCE.keywordMax,
      BUILTIN_CONFIDENCE.keywordBase + BUILTIN_CONFIDENCE.keywordPerPoint * Math.min(margin, 3) - (ranked[1] ? 0.1 : 0),
    );
    return {
      categoryKey: winner.best.categoryKey,
      confidence: Math.max(0.3, confidence),
      evidence: evidenceOf(winner.best),
      explanation: `The description contains ${describeKind(winner.best)}, typical of this category.`,
      message: explain("category.builtin.keyword", { kind: kindParam(winner.best) }),
    };
  }

  if (tx.bankCategory) {
    const label = cleanDescriptor(tx.bankCategory);
    const mapped = BANK_CATEGORY_MAP.find(([pattern]) => pattern.test(label));
    if (mapped) {
      return {
        categoryKey: mapped[1],
        confidence: BUILTIN_CONFIDENCE.bankCategory,
        evidence: `bank:${label}`,
        explanation: `Your bank labelled it "${tx.bankCategory}".`,
        message: explain("category.builtin.bankLabel", { label: tx.bankCategory }),
      };
    }
  }

  if (tx.amount > 0) {
    return {
      categoryKey: "income",
      confidence: BUILTIN_CONFIDENCE.unknownCredit,
      explanation: "Money came in from a payer we do not recognise, which is usually income.",
      message: explain("category.builtin.unknownCredit"),
    };
  }

  // Minor-unit exponent varies by currency; two decimals covers the currencies we show.
  if (tx.isRecurring && Math.abs(tx.amount) >= RENT_SIZED_MAJOR_UNITS * 100) {
    return {
      categoryKey: "rent",
      confidence: BUILTIN_CONFIDENCE.recurringRent,
      explanation: "It is a large payment that recurs every month, the pattern of rent.",
      message: explain("category.builtin.rent"),
    };
  }
  return undefined;
}
