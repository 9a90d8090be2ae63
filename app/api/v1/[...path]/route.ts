import { handleApiRequest } from "@/lib/api/handle-api-request";

// Every /api/v1 operation is an entry in lib/api/api-registry.ts; this file only hands requests over.
export const GET = handleApiRequest;
export const POST = handleApiRequest;
export const PUT = handleApiRequest;
export const PATCH = handleApiRequest;
export const DELETE = handleApiRequest;
