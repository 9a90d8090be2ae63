/** Day-first, month-first or year-first: the part order of a numeric date. */
export type DateOrder = "dmy" | "mdy" | "ymd";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  // German, French and Spanish abbreviations that differ from English; banks print them in local exports.
  jän: 1, jaen: 1, mär: 3, maer: 3, mai: 5, okt: 10, dez: 12,
  janv: 1, févr: 2, fevr: 2, avr: 4, juin: 6, juil: 7, août: 8, aout: 8, déc: 12,
  ene: 1, abr: 4, ago: 8, dic: 12,
};

/** Two-digit years below this pivot are 20xx, others 19xx (the POSIX strptime convention). */
const TWO_DIGIT_YEAR_PIVOT = 70;

/** Builds "YYYY-MM-DD" or returns undefined for impossible dates such as 2023-02-30. */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Years as banks write them: 4 digits as is; 2 digits around a pivot; 3 digits are
 * years since 1900 (old Quicken exports write 1999 as "099" and 2003 as "103").
 */
export function expandYear(text: string): number {
  const value = Number(text);
  if (text.length === 2) return value < TWO_DIGIT_YEAR_PIVOT ? 2000 + value : 1900 + value;
  if (text.length === 3) return 1900 + value;
  return value;
}

// Bounded quantifiers keep every pattern linear on hostile input.
const NUMERIC_DATE = /^(\d{1,4})\s{0,2}[./\-' ]\s{0,2}(\d{1,2})\s{0,2}[./\-' ]\s{0,2}(\d{2,4})(?![\d])/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
const DAY_MONTH_NAME = /^(\d{1,2})[\s./-]{0,3}([a-zäéû]{3,5})\.?[\s./,-]{0,3}(\d{2,4})(?!\d)/i;
const MONTH_NAME_DAY = /^([a-zäéû]{3,9})\.?\s{0,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{0,3}(\d{2,4})(?!\d)/i;

/**
 * Parses one date cell. `order` settles numeric dates like 03/04/2024; ISO and
 * month-name dates are unambiguous and parse whatever the order.
 */
export function parseDateText(text: string, order: DateOrder): string | undefined {
  const value = text.trim().replace(/^"|"$/g, "");
  if (value.length === 0 || value.length > 64) return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(value);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = COMPACT_DATE.exec(value);
  if (compact) return toIsoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const dayName = DAY_MONTH_NAME.exec(value);
  if (dayName) {
    const month = monthFromName(dayName[2] ?? "");
    return month === undefined ? undefined : toIsoDate(expandYear(dayName[3] ?? ""), month, Number(dayName[1]));
  }
  const nameDay = MONTH_NAME_DAY.exec(value);
  if (nameDay) {
    const month = monthFromName(nameDay[1] ?? "");
    return month === undefined ? undefined : toIsoDate(expandYear(nameDay[3] ?? ""), month, Number(nameDay[2]));
  }
  const numeric = NUMERIC_DATE.exec(value);
  if (!numeric) return undefined;
  const [, a = "", b = "", c = ""] = numeric;
  if (a.length === 4) return toIsoDate(Number(a), Number(b), Number(c));
  if (order === "ymd") return toIsoDate(expandYear(a), Number(b), Number(c));
  if (order === "mdy") return toIsoDate(expandYear(c), Number(a), Number(b));
  return toIsoDate(expandYear(c), Number(b), Number(a));
}

function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS[lower] ?? MONTHS[lower.slice(0, 4)] ?? MONTHS[lower.slice(0, 3)];
}

/**
 * Picks the order under which the most sample dates are valid. Ties (every day <= 12)
 * fall to `preferred`, which callers derive from the currency: US files are month-first.
 * Year-first with a two-digit year ("24.03.15") is so rare, and so often accidentally valid
 * for day-first files, that it is only considered when preferred.
 */
export function detectDateOrder(samples: readonly string[], preferred: DateOrder = "dmy"): DateOrder {
  const candidates: DateOrder[] = [preferred, ...(["dmy", "mdy"] as const).filter((o) => o !== preferred)];
  let best: DateOrder = preferred;
  let bestCount = -1;
  for (const order of candidates) {
    const count = samples.filter((s) => parseDateText(s, order) !== undefined).length;
    if (count > bestCount) {
      best = order;
      bestCount = count;
    }
  }
  return best;
}
