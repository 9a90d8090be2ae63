import { z } from "zod";

export const API_SCOPES = ["read", "write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const MAX_TOKEN_DAYS = 365;

export const CreateApiTokenInput = z.object({
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(80, "must be at most 80 characters"),
  scopes: z
    .array(z.enum(API_SCOPES, { error: "must be read or write" }), { error: "must be a list of scopes" })
    .min(1, "needs at least one scope")
    .max(2)
    .transform((scopes) => [...new Set(scopes)].sort()),
  /** Days until the token stops working; null for a token that never expires. */
  expiresInDays: z
    .number({ error: "must be a number of days" })
    .int("must be a whole number of days")
    .min(1, "must be at least 1")
    .max(MAX_TOKEN_DAYS, `must be at most ${MAX_TOKEN_DAYS}`)
    .nullable()
    .default(90),
});
