/** Schemas shared by several resources. Ids are UUIDs, money is integer minor units with an ISO currency. */
import { z } from "zod";

export const Uuid = z.uuid();
export const CalendarDate = z.iso.date();
export const Currency = z.string().regex(/^[A-Z]{3}$/).meta({ description: "ISO 4217 code" });
export const MinorUnits = z.number().int().meta({ description: "Integer minor units (cents for USD)" });

export const ErrorResponse = z
  .object({ error: z.object({ code: z.string(), message: z.string().meta({ description: "One readable sentence; for validation it names the field" }) }) })
  .meta({ id: "Error" });

export const Empty = z.object({});
