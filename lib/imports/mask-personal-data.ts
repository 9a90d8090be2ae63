/**
 * Masks personal data in text that leaves the user's view (logs, support tickets, AI
 * categorization prompts): e-mail and UPI addresses, card numbers (last 4 kept) and phone
 * numbers. Order matters: addresses first so their digits are not half-masked as phones,
 * then cards (longer digit runs) before phones.
 */
export function maskPersonalData(text: string): string {
  return text.replace(ADDRESS, maskAddress).replace(CARD, maskCard).replace(PHONE, maskPhone);
}

// Covers e-mail (name@example.com) and UPI handles (name@okaxis, 98765@ybl), which have no dot in the domain.
// Hyphens are left out of the local part because bank narrations use them as field separators.
const ADDRESS = /(?<![\w.+])([\w.+]{1,64})@([A-Za-z][\w-]{1,62}(?:\.[\w-]{1,62}){0,8})(?![\w-])/g;

// 13 to 19 digits, optionally grouped by single spaces or dashes (4-4-4-4, 4-6-5), not inside a longer number or word.
const CARD = /(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])/g;

// An optional + and country code, then 8 to 14 more digits with common separators.
const PHONE = /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d(?:[\s.-]?\d){6,13}(?![\w])/g;

function maskAddress(_whole: string, local: string, domain: string): string {
  return `${local.charAt(0)}***@${domain}`;
}

function maskCard(card: string): string {
  let digitsSeen = 0;
  const total = card.replace(/\D/g, "").length;
  return card.replace(/\d/g, (digit) => {
    digitsSeen += 1;
    return digitsSeen > total - 4 ? digit : "*";
  });
}

/** National numbers have at least 10 digits in the US, UK, India and Germany; with a "+" prefix 8 is enough. */
const MIN_PHONE_DIGITS = 10;
const MIN_INTERNATIONAL_PHONE_DIGITS = 8;

function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "").length;
  const minimum = phone.startsWith("+") ? MIN_INTERNATIONAL_PHONE_DIGITS : MIN_PHONE_DIGITS;
  // Dates (8 digits) stay below the floor; plain amounts like 12345678.90 are not phones.
  if (digits < minimum || /^\d+\.\d{2}$/.test(phone)) return phone;
  let seen = 0;
  return phone.replace(/\d/g, (digit) => {
    seen += 1;
    return seen > digits - 2 ? digit : "*";
  });
}
