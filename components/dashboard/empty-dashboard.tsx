import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";

/** A new account's overview: how to get data in, instead of empty charts. */
export function EmptyDashboard() {
  return (
    <Card className="text-center" title="Nothing to show yet">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Link a bank to bring in your accounts and transactions, add a manual account, or import a statement file. Your balances, spending and budgets appear here as soon as there is data.
      </p>
      <div className="mt-4 flex flex-wrap justify-center gap-2">
        <LinkButton href="/accounts" variant="primary">Link a bank</LinkButton>
        <LinkButton href="/accounts">Add a manual account</LinkButton>
      </div>
      <p className="mt-4 text-xs text-slate-600 dark:text-slate-400">
        Just looking around? Sign out and sign in as the demo user (demo@fathom.local) to see Fathom with data.
      </p>
    </Card>
  );
}
