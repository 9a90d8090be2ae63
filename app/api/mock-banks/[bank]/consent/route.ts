import { respondConsent } from "@/lib/banks/mock-server/mock-bank-http";
import { routeHandler } from "@/lib/http/route-handler";

export const POST = routeHandler<{ bank: string }>((request, { params }) => respondConsent(params.bank, request));
