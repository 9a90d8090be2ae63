import type { MalformedKind } from "./decide-fault";

/** Where a bank's record keeps the fields a corruption targets; each path is a list of keys into nested objects. */
export interface RecordFieldPaths {
  amount: readonly string[];
  date: readonly string[];
  description: readonly string[];
}

const OVERSIZED_DESCRIPTION_LENGTH = 10_240;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function cloneDeep<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function parentOf(record: Json, path: readonly string[]): { parent: Json; key: string } | null {
  let parent: Json = record;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (!isObject(next)) return null;
    parent = next;
  }
  const key = path[path.length - 1];
  return key === undefined ? null : { parent, key };
}

/** Keeps the field's format family so the corruption looks like a real bank bug, not an obvious placeholder. */
function impossibleDateLike(value: unknown): string {
  const text = typeof value === "string" ? value : "";
  if (/^\d{2}\.\d{2}\.\d{4}$/.test(text)) return "30.02.2024";
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return "2024-02-30T25:61:00+00:00";
  return "2024-02-30";
}

/** Returns a corrupted copy; the input record is left untouched. */
export function corruptRecord<T extends object>(record: T, kind: MalformedKind, paths: RecordFieldPaths): T {
  const copy = cloneDeep(record) as unknown as Json;
  const target = (path: readonly string[]) => parentOf(copy, path);
  switch (kind) {
    case "missing_field": {
      const at = target(paths.amount);
      if (at) delete at.parent[at.key];
      break;
    }
    case "impossible_date": {
      const at = target(paths.date);
      if (at) at.parent[at.key] = impossibleDateLike(at.parent[at.key]);
      break;
    }
    case "non_numeric_amount": {
      const at = target(paths.amount);
      if (at) at.parent[at.key] = "12.3O";
      break;
    }
    case "oversized_description": {
      const at = target(paths.description);
      if (at) {
        const seed = typeof at.parent[at.key] === "string" && at.parent[at.key] !== "" ? String(at.parent[at.key]) : "X";
        at.parent[at.key] = seed.repeat(Math.ceil(OVERSIZED_DESCRIPTION_LENGTH / seed.length)).slice(0, OVERSIZED_DESCRIPTION_LENGTH);
      }
      break;
    }
  }
  return copy as unknown as T;
}
