/**
 * OpenAPI 3.1 from the registry's zod schemas (z.toJSONSchema, JSON Schema 2020-12, which OpenAPI 3.1
 * uses as is). Schemas with a .meta({ id }) become shared components.
 */
import { z } from "zod";
import type { ApiOperation } from "./api-operation";
import { API_RESOURCES } from "./api-registry";
import { ErrorResponse } from "./api-schemas";

type Json = Record<string, unknown>;

/** Converts one schema, moving its $defs into components and pointing the $refs there; input shapes (defaults optional) get an Input suffix. */
function toSchema(schema: z.ZodType, io: "input" | "output", components: Json): Json {
  const suffix = io === "input" ? "Input" : "";
  const raw = JSON.stringify(z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }));
  const converted = JSON.parse(raw.replace(/"#\/\$defs\/([^"]+)"/g, (_match, name: string) => `"#/components/schemas/${name}${suffix}"`)) as Json;
  const { $schema: _ignored, $defs, ...rest } = converted;
  for (const [name, definition] of Object.entries(($defs as Json | undefined) ?? {})) components[`${name}${suffix}`] ??= definition;
  return rest;
}

function errorResponses(operation: ApiOperation): Json {
  const error = { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  const responses: Json = {
    "401": { description: "No valid token or session", ...error },
    "404": { description: "Not found (also: a foreign id, or an admin route for a non-admin)", ...error },
    "422": { description: "Invalid input; the message names the field", ...error },
    "429": { description: "Rate limited; see Retry-After", ...error },
  };
  if (operation.method !== "GET") responses["409"] = { description: "A request with the same Idempotency-Key is still running", ...error };
  return responses;
}

const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": { schema: { type: "integer" }, description: "Requests allowed in the window" },
  "RateLimit-Remaining": { schema: { type: "integer" }, description: "Requests left in the window" },
  "RateLimit-Reset": { schema: { type: "integer" }, description: "Seconds until the window resets" },
};

function buildOperation(operation: ApiOperation, tag: string, components: Json): Json {
  const parameters: Json[] = Object.entries(operation.pathParams).map(([name, what]) => ({
    name, in: "path", required: true, description: `${what} id`, schema: { type: "string", format: "uuid" },
  }));
  if (operation.query) {
    const query = toSchema(operation.query, "input", components);
    const required = new Set((query.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((query.properties as Json | undefined) ?? {})) {
      parameters.push({ name, in: "query", required: required.has(name), schema });
    }
  }
  if (operation.method !== "GET") {
    parameters.push({ name: "Idempotency-Key", in: "header", required: false, description: "Repeat with the same key to get the first response back", schema: { type: "string", maxLength: 255 } });
  }
  const success =
    operation.successStatus === 204
      ? { description: "Done" }
      : { description: "OK", headers: RATE_LIMIT_HEADERS, content: { "application/json": { schema: toSchema(operation.response, "output", components) } } };
  return {
    operationId: operation.id,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: [tag],
    "x-scope": operation.scope,
    ...(operation.adminOnly ? { "x-admin-only": true } : {}),
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    parameters,
    ...(operation.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(operation.body, "input", components) } } } } : {}),
    responses: { [String(operation.successStatus)]: success, ...errorResponses(operation) },
  };
}

export function buildOpenApiDocument(serverUrl = "/api/v1"): Json {
  const components: Json = {};
  const paths: Record<string, Json> = {};
  for (const resource of API_RESOURCES) {
    for (const operation of resource.operations) {
      paths[operation.path] ??= {};
      (paths[operation.path] as Json)[operation.method.toLowerCase()] = buildOperation(operation, resource.name, components);
    }
  }
  components.Error = toSchema(ErrorResponse, "output", components);
  return {
    openapi: "3.1.0",
    info: {
      title: "Fathom API",
      version: "1.0.0",
      description:
        "Personal-finance data of the signed-in user. Authenticate with a personal access token (`Authorization: Bearer fth_…`, created on the Developer page) or the browser session. Money is integer minor units with an ISO currency.",
    },
    servers: [{ url: serverUrl }],
    tags: API_RESOURCES.map((resource) => ({ name: resource.name, description: resource.description })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "Personal access token with the read and/or write scope" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
  };
}
