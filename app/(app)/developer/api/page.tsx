import type { Metadata } from "next";
import { ApiReference } from "@/components/developer/api-reference";
import { buildOpenApiDocument } from "@/lib/api/build-openapi-document";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "API reference" };

export default async function ApiReferencePage() {
  const user = await requirePageUser();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">API reference</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Generated from the same zod schemas that validate requests; the raw document is at{" "}
        <a className="text-brand-600 underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a>. “Try it” calls the API with your browser session.
      </p>
      <ApiReference document={buildOpenApiDocument()} isAdmin={user.role === "admin"} />
    </div>
  );
}
