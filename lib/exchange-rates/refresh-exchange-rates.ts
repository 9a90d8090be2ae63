import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { fetchProviderRates, type ProviderRates } from "./fetch-provider-rates";

/** Replaces the provider's rates for that date and base, so fetching twice a day stores them once. */
export async function storeProviderRates(rates: ProviderRates): Promise<number> {
  const date = new Date(`${rates.date}T00:00:00Z`);
  return prisma().$transaction(async (tx) => {
    await tx.exchangeRate.deleteMany({ where: { source: "provider", userId: null, base: rates.base, date } });
    const { count } = await tx.exchangeRate.createMany({
      data: rates.quotes.map((quote) => ({ base: quote.from, quote: quote.to, date, rate: quote.rate, source: "provider" })),
    });
    return count;
  });
}

/** Fetches from EXCHANGE_RATES_URL when it is configured; null when it is not (the demo uses reference rates). */
export async function refreshExchangeRates(fetchImpl: typeof fetch = fetch): Promise<{ date: string; stored: number } | null> {
  const url = env().EXCHANGE_RATES_URL;
  if (!url) return null;
  const rates = await fetchProviderRates(url, fetchImpl);
  return { date: rates.date, stored: await storeProviderRates(rates) };
}
