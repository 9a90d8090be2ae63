import { respondStartLink } from "@/lib/banks/link/link-http";
import { routeHandler } from "@/lib/http/route-handler";

export const POST = routeHandler<{ provider: string }>((request, { params }) => respondStartLink(params.provider, request));
