import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/build-openapi-document";
import { routeHandler } from "@/lib/http/route-handler";

export const GET = routeHandler(async () => NextResponse.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }));
