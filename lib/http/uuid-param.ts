import { z } from "zod";
import { notFound } from "@/lib/errors";

const UuidSchema = z.string().uuid();

/** Path ids that are not UUIDs cannot name anything: answer 404 like any other unknown id. */
export function parseIdParam(value: string, what: string): string {
  if (!UuidSchema.safeParse(value).success) throw notFound(what);
  return value;
}
