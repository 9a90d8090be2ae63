import { notFound } from "@/lib/errors";
import { parseIdParam } from "@/lib/http/uuid-param";
import type { ApiOperation, HttpMethod } from "./api-operation";

export interface MatchedOperation {
  operation: ApiOperation;
  params: Record<string, string>;
}

function matchPath(template: string, segments: readonly string[]): Record<string, string> | null {
  const parts = template.split("/").filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? "";
    const placeholder = /^\{(\w+)\}$/.exec(part)?.[1];
    if (placeholder) params[placeholder] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

/**
 * Finds the operation for a method and path (segments after /api/v1). Literal segments win over
 * placeholders by registry order. Path ids that are not UUIDs are 404 like unknown ids.
 */
export function matchOperation(operations: readonly ApiOperation[], method: string, segments: readonly string[]): MatchedOperation {
  for (const operation of operations) {
    if (operation.method !== (method.toUpperCase() as HttpMethod)) continue;
    const raw = matchPath(operation.path, segments);
    if (!raw) continue;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw)) params[name] = parseIdParam(value, operation.pathParams[name] ?? "Resource");
    return { operation, params };
  }
  throw notFound(`${method.toUpperCase()} /api/v1/${segments.join("/")}`.slice(0, 200));
}
