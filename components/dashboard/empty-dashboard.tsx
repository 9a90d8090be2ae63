import { Card } from "@/components/ui/card";

export function EmptyDashboard() {
  return (
    <Card className="text-center" title="Nothing to show yet">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Link a bank to bring in your accounts and transactions, or import a statement file. Your balances, spending and budgets appear here as soon as there is data.
      </p>
    </Card>
  );
}
