import { useTranslations } from "next-intl";
import type { Conversion } from "@/lib/exchange-rates/convert-with-rates";
import { formatMoney } from "@/lib/money";

/**
 * A figure in the home currency with the rate and date behind it on hover and for screen readers;
 * a missing rate says so instead of showing a made-up number.
 */
export function ConvertedAmount({ conversion, from, locale }: { conversion: Conversion; from: string; locale: string }) {
  const t = useTranslations("manual");
  if (conversion.amount === null) {
    return (
      <span className="text-amber-700 dark:text-amber-400" title={t("noRateTitle", { from, to: conversion.currency })} data-testid="rate-missing">
        {t("rateMissing")}
      </span>
    );
  }
  if (conversion.via === "identity") return <span className="tabular-nums">{formatMoney({ amount: conversion.amount, currency: conversion.currency }, locale)}</span>;
  // The rate date stays ISO (as in the rate form and the API): it names which day's rate was used.
  const explanation = t("rateExplanation", { from, rate: conversion.rate ?? "", to: conversion.currency, date: conversion.rateDate ?? "" });
  return (
    <span className="tabular-nums underline decoration-dotted underline-offset-2" title={explanation} aria-label={`${formatMoney({ amount: conversion.amount, currency: conversion.currency }, locale)} (${explanation})`} tabIndex={0} data-testid="converted-amount">
      {formatMoney({ amount: conversion.amount, currency: conversion.currency }, locale)}
    </span>
  );
}
