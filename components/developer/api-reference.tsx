"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Json = Record<string, unknown>;
interface Parameter { name: string; in: string; required?: boolean; description?: string; schema?: Json }
interface Operation { operationId: string; summary: string; description?: string; tags?: string[]; parameters?: Parameter[]; requestBody?: { content: { "application/json": { schema: Json } } }; responses: Record<string, { description: string; content?: { "application/json": { schema: Json } } }>; "x-scope"?: string; "x-admin-only"?: boolean }

function SchemaBlock({ schema, label }: { schema: Json; label: string }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium focus-visible:outline-2 focus-visible:outline-brand-500">{label}</summary>
      <pre className="mt-2 max-h-80 overflow-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-800">{JSON.stringify(schema, null, 2)}</pre>
    </details>
  );
}

function TryIt({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const t = useTranslations("apiReference");
  const [result, setResult] = useState<{ status: number; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const params = (operation.parameters ?? []).filter((p) => p.in === "path" || p.in === "query");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    let url = `/api/v1${path}`;
    const query = new URLSearchParams();
    for (const p of params) {
      const value = String(form.get(p.name) ?? "");
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(value));
      else if (value !== "") query.set(p.name, value);
    }
    const headers: Record<string, string> = {};
    const body = operation.requestBody ? String(form.get("body") ?? "") : undefined;
    if (body !== undefined) headers["content-type"] = "application/json";
    const key = String(form.get("idempotencyKey") ?? "");
    if (key) headers["idempotency-key"] = key;
    setPending(true);
    try {
      const response = await fetch(`${url}${query.size ? `?${query}` : ""}`, { method, headers, body, credentials: "same-origin" });
      const text = await response.text();
      let pretty = text;
      try {
        pretty = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // Not JSON (204): show as is.
      }
      setResult({ status: response.status, text: pretty });
    } catch {
      setResult({ status: 0, text: t("noServer") });
    } finally {
      setPending(false);
    }
  }

  const inputClass = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm focus:outline-2 focus:outline-brand-500 dark:border-slate-700 dark:bg-slate-900";
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800" aria-label={t("tryLabel", { operation: operation.operationId })}>
      {params.map((p) => (
        <label key={`${p.in}-${p.name}`} className="block space-y-1 text-sm">
          <span className="font-medium">{p.name} <span className="text-xs text-slate-500">({p.in}{p.required ? t("requiredSuffix") : ""})</span></span>
          <input name={p.name} className={inputClass} required={p.required} />
        </label>
      ))}
      {operation.requestBody ? (
        <>
          <label className="block space-y-1 text-sm">
            <span className="font-medium">{t("bodyJson")}</span>
            <textarea name="body" rows={5} className={`${inputClass} font-mono`} defaultValue="{}" />
          </label>
          <label className="block space-y-1 text-sm">
            <span className="font-medium">{t("idempotencyKey")}</span>
            <input name="idempotencyKey" className={inputClass} />
          </label>
        </>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? t("sending") : t("send", { method })}</Button>
      {result ? (
        <div role="status" className="text-sm">
          <p className="font-medium">{t("status", { status: result.status })}</p>
          <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-800" data-testid="try-it-response">{result.text}</pre>
        </div>
      ) : null}
    </form>
  );
}

export function ApiReference({ document, isAdmin }: { document: Json; isAdmin: boolean }) {
  const t = useTranslations("apiReference");
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const tags = (document.tags as { name: string; description: string }[]).filter((tag) => isAdmin || tag.name !== "Admin");
  return (
    <div className="space-y-6">
      {tags.map((tag) => (
        <Card key={tag.name} title={tag.name}>
          <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{tag.description}</p>
          <div className="space-y-4">
            {Object.entries(paths).flatMap(([path, item]) =>
              Object.entries(item)
                .filter(([, op]) => op.tags?.includes(tag.name))
                .map(([method, op]) => (
                  <section key={`${method} ${path}`} aria-label={op.summary} className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
                    <h3 className="font-mono text-sm">
                      <span className="mr-2 rounded bg-slate-900 px-1.5 py-0.5 text-xs font-bold text-white dark:bg-slate-200 dark:text-slate-900">{method.toUpperCase()}</span>
                      {path}
                    </h3>
                    <p className="text-sm">{op.summary} · {t("scope")} <code>{op["x-scope"]}</code>{op.description ? ` · ${op.description}` : ""}</p>
                    {op.parameters?.length ? (
                      <ul className="list-inside list-disc text-sm">
                        {op.parameters.map((p) => <li key={`${p.in}-${p.name}`}><code>{p.name}</code> {t("inLocation", { location: p.in })}{p.required ? t("required") : ""}{p.schema ? ` — ${String(p.schema.type ?? "")}` : ""}</li>)}
                      </ul>
                    ) : null}
                    {op.requestBody ? <SchemaBlock label={t("requestBodySchema")} schema={op.requestBody.content["application/json"].schema} /> : null}
                    {Object.entries(op.responses).map(([status, response]) =>
                      response.content ? <SchemaBlock key={status} label={t("responseSchema", { status })} schema={response.content["application/json"].schema} /> : null,
                    )}
                    <details>
                      <summary className="cursor-pointer text-sm font-medium text-brand-600">{t("tryIt")}</summary>
                      <div className="mt-2"><TryIt method={method.toUpperCase()} path={path} operation={op} /></div>
                    </details>
                  </section>
                )),
            )}
          </div>
        </Card>
      ))}
      <Card title={t("schemas")}>
        <div className="space-y-2">
          {Object.entries((document.components as { schemas: Record<string, Json> }).schemas).map(([name, schema]) => <SchemaBlock key={name} label={name} schema={schema} />)}
        </div>
      </Card>
    </div>
  );
}
