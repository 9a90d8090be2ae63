"use client";

import { useState, type FormEvent } from "react";

export interface ConsentBrand {
  name: string;
  colors: { background: string; surface: string; accent: string; accentText: string; text: string };
  demoUsername: string;
  demoPassword: string;
}

interface BankAccountChoice {
  id: string;
  name: string;
  type: string;
  mask: string;
}

const TYPE_LABELS: Record<string, string> = { checking: "Checking", savings: "Savings", credit_card: "Credit card" };

async function post(url: string, body: unknown): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    if (!response.ok) return { ok: false, message: data?.error?.message ?? `The bank answered ${response.status}.` };
    return { ok: true, data };
  } catch {
    return { ok: false, message: "The bank could not be reached. Check your connection and try again." };
  }
}

/** The bank's own sign-in and consent steps; the bank, not Fathom, decides where the browser goes next. */
export function BankConsentForm({ bankId, brand, params }: { bankId: string; brand: ConsentBrand; params: Record<string, string> }) {
  const [step, setStep] = useState<{ kind: "sign-in" } | { kind: "consent"; ticket: string; accounts: BankAccountChoice[] }>({ kind: "sign-in" });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const accent = { backgroundColor: brand.colors.accent, color: brand.colors.accentText };
  const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:outline-3 focus:outline-offset-1";

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await post(`/api/mock-banks/${bankId}/sign-in`, { username: form.get("username"), password: form.get("password"), params });
    setPending(false);
    if (!result.ok) return setError(result.message);
    const data = result.data as { ticket: string; accounts: BankAccountChoice[] };
    setStep({ kind: "consent", ticket: data.ticket, accounts: data.accounts });
  }

  async function decide(event: FormEvent<HTMLFormElement>, ticket: string) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === "deny" ? "deny" : "approve";
    const accountIds = new FormData(event.currentTarget).getAll("accountId").map(String);
    if (decision === "approve" && accountIds.length === 0) return setError("Choose at least one account to share, or deny access.");
    setPending(true);
    setError(null);
    const result = await post(`/api/mock-banks/${bankId}/consent`, { params, ticket, decision, accountIds });
    if (!result.ok) {
      setPending(false);
      return setError(result.message);
    }
    window.location.assign((result.data as { redirectTo: string }).redirectTo);
  }

  const errorBox = error ? (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {error}
    </p>
  ) : null;

  if (step.kind === "sign-in") {
    return (
      <form onSubmit={signIn} className="space-y-4" noValidate>
        <h2 className="text-lg font-semibold">Sign in to {brand.name}</h2>
        <p className="rounded border border-dashed border-slate-400 bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="demo-credentials">
          Demo bank. Username <strong>{brand.demoUsername}</strong> (or any name you like), password <strong>{brand.demoPassword}</strong>.
        </p>
        <label className="block text-sm font-medium">
          Username
          <input name="username" autoComplete="username" required className={inputClass} style={{ outlineColor: brand.colors.accent }} />
        </label>
        <label className="block text-sm font-medium">
          Password
          <input name="password" type="password" autoComplete="current-password" required className={inputClass} style={{ outlineColor: brand.colors.accent }} />
        </label>
        {errorBox}
        <button type="submit" disabled={pending} className="w-full rounded px-4 py-2 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2" style={accent}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
    );
  }

  return (
    <form onSubmit={(event) => decide(event, step.ticket)} className="space-y-4">
      <h2 className="text-lg font-semibold">Fathom wants to read your accounts</h2>
      <p className="text-sm">Fathom will see balances and transactions of the accounts you choose. It cannot move money. You can revoke access at any time.</p>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Accounts to share</legend>
        {step.accounts.map((account) => (
          <label key={account.id} className="flex items-center gap-3 rounded border border-slate-300 px-3 py-2 text-sm">
            <input type="checkbox" name="accountId" value={account.id} defaultChecked className="h-4 w-4" style={{ accentColor: brand.colors.accent }} />
            <span>
              {account.name} <span className="text-slate-600">· {TYPE_LABELS[account.type] ?? account.type} ••{account.mask}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {errorBox}
      <div className="flex gap-3">
        <button type="submit" name="decision" value="approve" disabled={pending} className="flex-1 rounded px-4 py-2 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2" style={accent}>
          Allow access
        </button>
        <button type="submit" name="decision" value="deny" disabled={pending} className="flex-1 rounded border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-800 focus-visible:outline-3 focus-visible:outline-offset-2">
          Deny
        </button>
      </div>
    </form>
  );
}
