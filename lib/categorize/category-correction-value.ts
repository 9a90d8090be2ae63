import { z } from "zod";

/**
 * What a Correction row with field "category" stores in `value`. The merchant is captured at
 * correction time so learning does not change meaning when normalization improves later.
 */
export const CategoryCorrectionValueSchema = z.object({
  categoryId: z.string().uuid(),
  categoryKey: z.string().min(1),
  merchant: z.string().min(1),
});

export type CategoryCorrectionValue = z.infer<typeof CategoryCorrectionValueSchema>;
