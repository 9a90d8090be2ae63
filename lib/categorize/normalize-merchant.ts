import { cleanDescriptor, tokenizeDescriptor } from "./clean-descriptor";
import { findKnownMerchant, findMoreSpecificMerchant, matchLexicon } from "./match-lexicon";

/**
 * Payment-rail prefixes that say how the money moved, not who received it. Stripped from the
 * front repeatedly because banks stack them ("POS DEBIT CARD PURCHASE XXXX1234 ...").
 */
const LEADING_NOISE: ReadonlyArray<RegExp> = [
  /^PURCHASE AUTHORI[SZ]ED ON \d{1,2}\/\d{1,2}\s*/,
  /^(?:POS|POS PURCHASE|POS DEBIT|POS PRCH|DEBIT CARD PURCHASE|DEBIT CARD|DEBIT PURCHASE|CARD PURCHASE|CARD PAYMENT TO|CARD PAYMENT|CARD TRANSACTION|CHECKCARD|CHECK CARD|VISA DEBIT|VISA PURCHASE|VISA|MASTERCARD|MC|MOBILE PURCHASE|RECURRING PAYMENT|RECURRING|PREAUTHORIZED DEBIT|ACH DEBIT|ACH CREDIT|ACH|DIRECT DEBIT|DD|STANDING ORDER|SO|FPO|FPI|BGC|BACS|KARTENZAHLUNG|GIROCARD|SEPA-LASTSCHRIFT|SEPA LASTSCHRIFT|LASTSCHRIFT|ELV|CB|PAIEMENT PAR CARTE|PAIEMENT CB|CARTE|PRLV SEPA|PRLV|BETAALAUTOMAAT|IDEAL|COMPRA TARJ|COMPRA|PAGO EN|PAGAMENTO POS|ADDEBITO SEPA|RECIBO|ONLINE PAYMENT|BILL PAYMENT|CONTACTLESS|APPLE PAY|GOOGLE PAY|INTL|INT'L)\b[\s:\-/]*/,
  /^(?:X{2,}|\*{2,})\d{2,4}\s*/,
  /^\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\s+/,
];

/** Acquirers and marketplaces that put the real merchant after a "*" ("SQ *BLUE BOTTLE"). */
const PROCESSOR_PREFIX =
  /^(SQ|SQU|SQUARE|TST|TOAST|PAYPAL|PP|SP|CKO|SUMUP|ZTL|IZ|IZETTLE|GOOGLE|GGL|APL|FS|PY|WPY|EB|LS|CLV|DNH|SMK|STRIPE|DOORDASH|DD|GRUBHUB|PADDLE|FASTSPRING|RAZORPAY|PAYU|CCAVENUE|BILLDESK|PAYTM|PHONEPE|MOBIKWIK|CASHFREE|JUSPAY|BHARATPE|PINELABS|EASEBUZZ|INSTAMOJO|DRI|IN|ABC|NYX|2CO|WL|LEMSQZY)\s*\*+\s*/;

/** Structured Indian rail descriptors put the payee in one of the slash or dash separated fields. */
const STRUCTURED_RAIL = /^(?:UPI|IMPS|NEFT|RTGS|MMT|NACH|ECS)\b/;
const RAIL_FIELD_NOISE = new Set([
  "UPI", "IMPS", "NEFT", "RTGS", "MMT", "NACH", "ECS", "DR", "CR", "P2M", "P2A", "P2P", "PAYMENT", "PAY",
  "COLLECT", "INB", "MOB", "MOBILE", "NA", "REF", "OTHERS", "SENT", "RECEIVED", "TRANSFER",
]);

const NOISE_TOKENS = new Set([
  "POS", "PURCHASE", "DEBIT", "CARD", "PAYMENT", "PYMT", "PMT", "WEB", "ONLINE", "REF", "REFERENCE", "AUTOPAY",
  "RECURRING", "CONFIRMATION", "ID", "TXN", "TRANSACTION", "STORE", "STORES", "COM", "WWW", "HTTPS", "HTTP",
  "SAGT", "DANKE", "ON", "CD", "AT", "VIA", "NR", "NO", "INV", "BILL", "DIR", "DEP",
]);

const LEGAL_SUFFIXES = new Set([
  "INC", "LLC", "LTD", "LIMITED", "PVT", "PRIVATE", "CORP", "CORPORATION", "CO", "COMPANY", "PLC", "GMBH", "AG", "KG",
  "SA", "SAS", "SARL", "BV", "NV", "SE", "SPA", "SRL", "SL", "LLP", "UK", "US", "USA", "THE",
]);

const US_STATES = new Set(
  ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA " +
    "RI SC SD TN TX UT VT VA WA WV WI WY DC").split(" "),
);
const COUNTRY_CODES = new Set(
  "US USA GB GBR UK IN IND DE DEU FR FRA NL NLD IE IRL ES ESP IT ITA BE BEL AT AUT CH CHE SE SWE LU LUX PT PRT CA CAN AU AUS".split(" "),
);
/** Big cities only: enough to tidy common descriptors, never needed for categorization. */
const CITIES = new Set(
  [
    "NEW YORK", "NEW YORK CITY", "BROOKLYN", "SAN FRANCISCO", "LOS ANGELES", "SAN JOSE", "SAN DIEGO", "SEATTLE", "CHICAGO",
    "BOSTON", "AUSTIN", "HOUSTON", "DALLAS", "MIAMI", "ATLANTA", "DENVER", "PHOENIX", "PORTLAND", "PHILADELPHIA",
    "WASHINGTON", "OAKLAND", "MINNEAPOLIS", "DETROIT", "ORLANDO", "TAMPA", "NASHVILLE", "CHARLOTTE", "LAS VEGAS",
    "LONDON", "MANCHESTER", "LEEDS", "BIRMINGHAM", "GLASGOW", "EDINBURGH", "BRISTOL", "LIVERPOOL", "CARDIFF",
    "NOTTINGHAM", "SHEFFIELD", "READING", "MUMBAI", "BOMBAY", "BANGALORE", "BENGALURU", "DELHI", "NEW DELHI", "CHENNAI",
    "PUNE", "HYDERABAD", "KOLKATA", "GURGAON", "GURUGRAM", "NOIDA", "AHMEDABAD", "JAIPUR", "BERLIN", "MUNICH",
    "MUENCHEN", "MUNCHEN", "HAMBURG", "FRANKFURT", "KOELN", "KOLN", "COLOGNE", "STUTTGART", "DUSSELDORF", "PARIS",
    "LYON", "MARSEILLE", "TOULOUSE", "AMSTERDAM", "ROTTERDAM", "UTRECHT", "MADRID", "BARCELONA", "ROME", "ROMA",
    "MILAN", "MILANO", "DUBLIN", "BRUSSELS", "BRUXELLES", "VIENNA", "WIEN", "ZURICH", "STOCKHOLM", "LUXEMBOURG", "LISBON",
  ],
);

const MAX_MERCHANT_TOKENS = 4;
/** Longer "words" are hashes or garbage, never part of a merchant name. */
const MAX_TOKEN_LENGTH = 30;

function stripLeadingNoise(text: string): string {
  let current = text;
  // Bounded: each pass removes at least one prefix, and banks never stack more than a handful.
  for (let pass = 0; pass < 8; pass += 1) {
    let next = current;
    for (const pattern of LEADING_NOISE) next = next.replace(pattern, "");
    next = next.trim();
    if (next === current) break;
    current = next;
  }
  return current;
}

/** UPI, IMPS, NEFT and similar descriptors: slash or dash separated fields, one of them the payee. */
export function isStructuredRail(cleaned: string): boolean {
  return STRUCTURED_RAIL.test(cleaned);
}

function pickRailPayee(cleaned: string): string | undefined {
  if (!isStructuredRail(cleaned)) return undefined;
  const fields = cleaned.split(/[/\-:|]+/).map((field) => field.trim());
  for (const field of fields) {
    if (field.length < 2 || RAIL_FIELD_NOISE.has(field)) continue;
    if (field.includes("@")) continue;
    // Words with digits are references or terminal ids ("SHELL 12345678" is Shell); a field of them names nobody.
    const named = field.split(" ").filter((word) => !/\d/.test(word)).join(" ");
    if (!/[A-Z]{2,}/.test(named) || RAIL_FIELD_NOISE.has(named)) continue;
    return named;
  }
  const handle = fields.find((field) => field.includes("@"));
  return handle?.split("@")[0];
}

/** Removes what comes around the merchant: the rail prefix, a processor prefix, or a reference after "*". */
export function isolateMerchantText(cleaned: string): string {
  const railPayee = pickRailPayee(cleaned);
  if (railPayee !== undefined) return railPayee;
  let text = stripLeadingNoise(cleaned);
  const processor = PROCESSOR_PREFIX.exec(text);
  if (processor) {
    const rest = text.slice(processor[0].length).trim();
    // "PAYPAL *4029357733" names nobody but the processor, so the processor is the merchant.
    text = /[A-Z]{2,}/.test(rest) ? rest : (processor[1] ?? rest);
  } else {
    const star = text.indexOf("*");
    // "MERCHANT*REFCODE": everything after the star is an order or terminal reference.
    if (star > 0) text = text.slice(0, star);
  }
  return stripLeadingNoise(text);
}

function isNoiseToken(token: string): boolean {
  return /\d/.test(token) || NOISE_TOKENS.has(token) || /^X{3,}$/.test(token) || token.length > MAX_TOKEN_LENGTH;
}

function stripTrailingLocation(tokens: string[]): string[] {
  const result = [...tokens];
  for (let pass = 0; pass < 4 && result.length > 1; pass += 1) {
    const last = result[result.length - 1] ?? "";
    const lastTwo = result.slice(-2).join(" ");
    const lastThree = result.slice(-3).join(" ");
    if (result.length > 3 && CITIES.has(lastThree)) result.splice(-3);
    else if (result.length > 2 && CITIES.has(lastTwo)) result.splice(-2);
    else if (CITIES.has(last) || US_STATES.has(last) || COUNTRY_CODES.has(last) || LEGAL_SUFFIXES.has(last)) result.pop();
    else break;
  }
  return result;
}

function toTitleCase(tokens: ReadonlyArray<string>): string {
  return tokens.map((token) => token.charAt(0) + token.slice(1).toLowerCase()).join(" ");
}

/**
 * Reduces a raw bank descriptor to a canonical merchant name: "SQ *BLUE BOTTLE COFFEE Oakland CA"
 * -> "Blue Bottle Coffee", "AMZN Mktp US*2K4AB1" -> "Amazon", "UPI/DR/401234/SWIGGY/YESB/..." -> "Swiggy".
 * Known merchants get their lexicon name; anything else is title-cased with reference numbers,
 * card masks, store numbers, dates and trailing locations removed. Reads at most
 * MAX_DESCRIPTOR_LENGTH characters, so hostile input costs the same as a normal descriptor.
 */
export function normalizeMerchant(rawDescription: string): string {
  const cleaned = cleanDescriptor(rawDescription);
  if (cleaned === "") return "Unknown";
  const isolated = isolateMerchantText(cleaned);
  const isolatedTokens = tokenizeDescriptor(isolated);
  const known = findKnownMerchant(isolatedTokens);
  // Same choice as built-in categorization, so learning keys on the merchant the category came from.
  if (known) return (findMoreSpecificMerchant(known, matchLexicon(tokenizeDescriptor(cleaned)))?.entry ?? known).label;
  // Single-character noise ("S", "Q") left by punctuation splits is dropped along with numbers.
  const meaningful = isolatedTokens.filter((token) => !isNoiseToken(token) && token.length > 1);
  const located = stripTrailingLocation(meaningful).slice(0, MAX_MERCHANT_TOKENS);
  const trimmed = stripTrailingLocation(located);
  if (trimmed.length > 0) return toTitleCase(trimmed);
  const fallback = tokenizeDescriptor(cleaned)
    .filter((token) => !/\d/.test(token))
    .map((token) => token.slice(0, MAX_TOKEN_LENGTH));
  return fallback.length > 0 ? toTitleCase(fallback.slice(0, MAX_MERCHANT_TOKENS)) : "Unknown";
}
