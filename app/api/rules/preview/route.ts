import { NextResponse } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { previewRule } from "@/lib/categorize/rules/preview-rule";
import { readJson, routeHandler } from "@/lib/http/route-handler";

const PreviewBody = z.object({ rule: z.unknown(), ruleId: z.string().uuid("must be a rule id").optional() });

/** Body: { rule, ruleId? } — how many transactions the rule would change if saved; writes nothing. */
export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  const body = PreviewBody.parse(await readJson(request));
  return NextResponse.json({ preview: await previewRule(user.id, body.rule, { ruleId: body.ruleId }) });
});
