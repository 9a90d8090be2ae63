import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectionPanel } from "@/components/transactions/correction-panel";
import { TransactionLineage } from "@/components/transactions/transaction-lineage";
import { requirePageUser } from "@/lib/auth/current-user";
import { listCategories } from "@/lib/categories/list-categories";
import { AppError } from "@/lib/errors";
import { getTransactionDetail } from "@/lib/transactions/get-transaction-detail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transactions"))("transaction") };
}

export default async function TransactionPage({ params }: { params: Promise<{ transactionId: string }> }) {
  const t = await getTranslations("transactions");
  const user = await requirePageUser();
  const { transactionId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(transactionId)) notFound();
  const [detail, categories] = await Promise.all([
    getTransactionDetail(user.id, transactionId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    }),
    listCategories(user.id),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/transactions" className="text-sm text-brand-600 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500">← {t("title")}</Link>
      <h1 className="text-2xl font-semibold tracking-tight">{detail.merchantName.value ?? detail.description}</h1>
      <CorrectionPanel detail={detail} categories={categories} locale={user.locale} />
      <TransactionLineage detail={detail} locale={user.locale} />
    </div>
  );
}
