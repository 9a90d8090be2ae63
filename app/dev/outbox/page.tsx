import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OutboxList } from "@/components/security/outbox-list";
import { mailOutboxEnabled } from "@/lib/env";
import { listOutbox } from "@/lib/mail/mail-outbox";

export const metadata: Metadata = { title: "Development outbox" };
export const dynamic = "force-dynamic";

/** Mail that would have gone out over SMTP; exists only in development and the embedded demo. */
export default function OutboxPage() {
  if (!mailOutboxEnabled()) notFound();
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">Development outbox</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">No SMTP server is configured, so mail is kept here (newest first). Production sends it with SMTP_URL.</p>
      <OutboxList messages={listOutbox()} />
    </main>
  );
}
