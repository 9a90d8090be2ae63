import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BankConsentForm } from "@/components/banks/bank-consent-form";
import { describeAuthorizeRequest } from "@/lib/banks/mock-server/describe-authorize-request";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Bank sign-in" };

/** A mock bank's own consent page: its branding, its sign-in, its decision. Fathom's shell is not here. */
export default async function MockBankAuthorizePage({ params, searchParams }: { params: Promise<{ bank: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const request = describeAuthorizeRequest((await params).bank, await searchParams);
  if (!request) notFound();
  const { brand, query, problem } = request;
  return (
    <div className="min-h-screen px-4 py-10" style={{ backgroundColor: brand.colors.background, color: brand.colors.text }}>
      <div className="mx-auto max-w-md overflow-hidden rounded-md shadow-xl" style={{ backgroundColor: brand.colors.surface }}>
        <header className="px-6 py-4" style={{ backgroundColor: brand.colors.accent, color: brand.colors.accentText }}>
          <p className="text-xl font-black tracking-widest" data-testid="bank-logo">
            {brand.logoText}
          </p>
          <p className="text-xs opacity-90">{brand.tagline}</p>
        </header>
        <main className="p-6">
          {problem ? (
            <div role="alert" className="space-y-2">
              <h1 className="text-lg font-semibold">This sign-in request cannot be accepted</h1>
              <p className="text-sm">{problem}</p>
              <p className="text-sm">Go back to the app you came from and start again.</p>
            </div>
          ) : (
            <BankConsentForm
              bankId={brand.id}
              brand={{ name: brand.name, colors: brand.colors, demoUsername: brand.demoUsername, demoPassword: brand.demoPassword }}
              params={query}
            />
          )}
        </main>
      </div>
    </div>
  );
}
