import { respondLinkCallback } from "@/lib/banks/link/link-http";
import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

export const GET = routeHandler<{ provider: string }>((request, { params, requestId }) => respondLinkCallback(params.provider, request, requestId));
