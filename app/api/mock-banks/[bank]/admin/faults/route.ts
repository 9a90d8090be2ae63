import { respondFaultAction, respondGetFaults, respondSetFaults } from "@/lib/banks/mock-server/mock-bank-http";
import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

export const GET = routeHandler<{ bank: string }>((_request, { params }) => respondGetFaults(params.bank));

/** Replaces the bank's fault setting. */
export const PUT = routeHandler<{ bank: string }>((request, { params }) => respondSetFaults(params.bank, request));

/** One-shot token faults: { "action": "expire_tokens" | "revoke_grants" }. */
export const POST = routeHandler<{ bank: string }>((request, { params }) => respondFaultAction(params.bank, request));
