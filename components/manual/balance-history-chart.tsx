"use client";

import { useTranslations } from "next-intl";
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMinorAsDecimal, formatMoney } from "@/lib/money";

/** End-of-day balances; amounts are minor units, turned into decimals only for drawing. */
export function BalanceHistoryChart({ points, currency, locale }: { points: { date: string; balance: number }[]; currency: string; locale: string }) {
  const t = useTranslations("manual");
  const data = points.map((p) => ({ date: p.date, value: Number(formatMinorAsDecimal(p.balance, currency)), balance: p.balance }));
  const last = points.at(-1);
  return (
    <figure aria-label={last ? t("chartLabelEnding", { days: points.length, amount: formatMoney({ amount: last.balance, currency }, locale) }) : t("chartLabel", { days: points.length })} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <XAxis dataKey="date" tick={{ fontSize: 11 }} minTickGap={40} />
          <YAxis tick={{ fontSize: 11 }} width={70} />
          <Tooltip formatter={(_value, _name, item) => formatMoney({ amount: (item.payload as { balance: number }).balance, currency }, locale)} />
          <Line type="stepAfter" dataKey="value" stroke="#2563eb" dot={false} strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
