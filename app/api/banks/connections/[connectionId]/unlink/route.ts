import { respondUnlink } from "@/lib/banks/link/link-http";
import { routeHandler } from "@/lib/http/route-handler";

export const POST = routeHandler<{ connectionId: string }>((request, { params, requestId }) => respondUnlink(params.connectionId, request, requestId));
