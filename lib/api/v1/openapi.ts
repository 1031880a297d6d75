// The OpenAPI 3.1 document, generated from the endpoints' zod schemas (z.toJSONSchema): the one source for the
// routes, /api/v1/openapi.json and the reference page.
import { z } from "zod";
import { API_SCOPES, SCOPE_LABELS } from "../../api-keys/scopes";
import { RATE_LIMITS } from "../../security/rate-limit-policy";
import type { AnyEndpoint } from "./endpoint";
import { V1_ENDPOINT_LIST } from "./endpoints";
import { PROBLEM_TITLES } from "./problem";
import { apiSchemas } from "./schemas";

type JsonSchema = Record<string, unknown>;

export const API_BASE_PATH = "/api/v1";

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

/** A schema inline, or a reference when it is a named component. */
function schemaRef(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const id = apiSchemas.get(schema)?.id;
  if (id) return { $ref: `#/components/schemas/${id}` };
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io }) as JsonSchema;
  return rest;
}

function parametersOf(schema: z.ZodType, where: "path" | "query") {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const problemContent = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };

function operationOf(endpoint: AnyEndpoint) {
  const keyed = endpoint.scope !== null;
  const statuses = [...new Set([...endpoint.problems, ...(keyed ? [401, 403] : []), 429, 500])].sort();
  const rateHeaders = {
    RateLimit: { $ref: "#/components/headers/RateLimit" },
    "RateLimit-Policy": { $ref: "#/components/headers/RateLimitPolicy" },
  };
  const responses: Record<string, unknown> = {
    [String(endpoint.status)]: {
      description: endpoint.status === 201 ? "Created" : "OK",
      headers: {
        ...rateHeaders,
        ...(endpoint.method === "GET" ? { ETag: { $ref: "#/components/headers/ETag" } } : {}),
      },
      content: { "application/json": { schema: schemaRef(endpoint.response, "output") } },
    },
  };
  if (endpoint.status === 201) {
    responses["200"] = {
      description: "Already existed: the existing resource",
      content: { "application/json": { schema: schemaRef(endpoint.response, "output") } },
    };
  }
  if (endpoint.method === "GET") responses["304"] = { description: "Not modified (If-None-Match matched the ETag)" };
  for (const status of statuses) {
    responses[String(status)] = {
      description: PROBLEM_TITLES[status] ?? "Problem",
      ...(status === 429
        ? { headers: { ...rateHeaders, "Retry-After": { $ref: "#/components/headers/RetryAfter" } } }
        : {}),
      content: problemContent,
    };
  }
  const headerParameters = [
    ...(endpoint.method === "GET"
      ? [
          {
            name: "If-None-Match",
            in: "header",
            required: false,
            schema: { type: "string" },
            description: "An ETag from an earlier answer: 304 if unchanged.",
          },
        ]
      : []),
    ...(endpoint.idempotent
      ? [
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            schema: { type: "string", maxLength: 255 },
            description:
              "A unique value per operation (a UUID): a retry with the same key answers the first request's stored answer for 24 hours.",
          },
        ]
      : []),
  ];
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description:
      endpoint.description + (endpoint.scope ? `\n\nScope: \`${endpoint.scope}\`.` : "\n\nPublic: no key needed."),
    tags: [endpoint.tag],
    security: keyed ? [{ apiKey: [endpoint.scope] }] : [],
    parameters: [
      ...parametersOf(endpoint.params, "path"),
      ...parametersOf(endpoint.query, "query"),
      ...headerParameters,
    ],
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaRef(endpoint.body, "input") } },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(endpoints: readonly AnyEndpoint[] = V1_ENDPOINT_LIST) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operationOf(endpoint);
  }
  const { points, durationSeconds } = RATE_LIMITS["api-key"];
  return {
    openapi: "3.1.0",
    info: {
      title: "Backend Academy API",
      version: "1.0.0",
      description:
        `Courses, enrolments, progress, certificates and bookings for the systems a school runs beside the academy. ` +
        `Authenticate with \`Authorization: Bearer <key>\` (create keys in Profile → API keys). ` +
        `Lists page with \`limit\` and \`cursor\`; follow \`next\`. Each key may send ${points} requests per ${durationSeconds} seconds.`,
    },
    servers: [{ url: API_BASE_PATH }],
    tags: [...new Set(endpoints.map((endpoint) => endpoint.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: `An API key. Scopes: ${API_SCOPES.map((scope) => `\`${scope}\` (${SCOPE_LABELS[scope]})`).join(", ")}.`,
        },
      },
      headers: {
        RateLimit: {
          description: "Requests left in the current window (`r`), and seconds to its end (`t`) once limited.",
          schema: { type: "string" },
        },
        RateLimitPolicy: { description: "The quota (`q`) per window of `w` seconds.", schema: { type: "string" } },
        RetryAfter: { description: "Seconds to wait before retrying.", schema: { type: "integer" } },
        ETag: { description: "A validator for If-None-Match.", schema: { type: "string" } },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
