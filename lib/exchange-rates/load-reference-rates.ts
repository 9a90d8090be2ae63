import { z } from "zod";
import { prisma } from "@/lib/db";
// Imported, not read from disk at run time: the bundler ships it with the server and no file tracing is needed.
import bundledRates from "@/prisma/reference/exchange-rates.json";
import { CalendarDateInput, CurrencyInput, RateText } from "./rate-input";

const ReferenceFile = z.object({
  source: z.literal("reference"),
  base: CurrencyInput,
  rates: z.record(CalendarDateInput, z.record(CurrencyInput, RateText)),
});

/**
 * Loads the bundled demo rates when no reference rate is stored yet; returns how many were added.
 * Runs at start-up, so a second start (or a database that already has them) adds nothing.
 */
export async function loadReferenceRates(file: unknown = bundledRates): Promise<number> {
  const db = prisma();
  if ((await db.exchangeRate.count({ where: { source: "reference", userId: null } })) > 0) return 0;
  const parsed = ReferenceFile.parse(file);
  const data = Object.entries(parsed.rates).flatMap(([date, quotes]) =>
    Object.entries(quotes).map(([quote, rate]) => ({ base: parsed.base, quote, date: new Date(`${date}T00:00:00Z`), rate, source: "reference" })),
  );
  const { count } = await db.exchangeRate.createMany({ data });
  return count;
}
