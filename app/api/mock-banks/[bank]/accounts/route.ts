import { respondMockBankResource } from "@/lib/banks/mock-server/mock-bank-http";
import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

export const GET = routeHandler<{ bank: string }>((request, { params }) => respondMockBankResource(params.bank, "accounts", request));
