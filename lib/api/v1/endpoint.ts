// One v1 endpoint, declared once: its path, scope and zod schemas serve the route, the OpenAPI document and the
// reference page alike.
import { z } from "zod";
import type { ApiPrincipal } from "../../api-keys/service";
import type { ApiScope } from "../../api-keys/scopes";

export type HttpMethod = "GET" | "POST" | "DELETE";

const empty = z.object({});
type Empty = typeof empty;

export type EndpointInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  /** The key's owner and scopes; null only on public endpoints. */
  principal: ApiPrincipal | null;
  url: URL;
  /** The client's address, for the audit log. */
  ip: string;
};

export type EndpointAnswer<R extends z.ZodType> = { status?: number; body: z.input<R> };

export type Endpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> = {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI form, under /api/v1: `/courses/{slug}`. */
  path: string;
  summary: string;
  description: string;
  tag: string;
  /** The scope a key needs; null for a public endpoint (no key, limited per address). */
  scope: ApiScope | null;
  params: P;
  query: Q;
  body: B | null;
  response: R;
  /** 200 unless said (a create answers 201). */
  status: number;
  /** Other statuses the endpoint answers as problems (401/403/429 are added for keyed endpoints). */
  problems: number[];
  /** Creates: an Idempotency-Key header makes a retry answer the first request's stored answer. */
  idempotent: boolean;
  /** Values for the reference page's curl example. */
  example: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown };
  handle: (input: EndpointInput<P, Q, B>) => Promise<EndpointAnswer<R>>;
  /**
   * Reads whose answer is the same for every caller who may ask (no principal in it): the memo key
   * (lib/cache/keys.ts) under which the encoded answer is kept, dropped with the content it shows; null leaves
   * this request's answer unkept.
   */
  sharedAnswerKey?(query: z.output<Q>, url: URL): string | null;
};

type Definition<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType> = Omit<
  Endpoint<P, Q, B, R>,
  "params" | "query" | "body" | "status" | "problems" | "idempotent" | "example"
> &
  Partial<Pick<Endpoint<P, Q, B, R>, "params" | "query" | "body" | "status" | "problems" | "idempotent" | "example">>;

export function defineEndpoint<
  R extends z.ZodType,
  P extends z.ZodType = Empty,
  Q extends z.ZodType = Empty,
  B extends z.ZodType = Empty,
>(definition: Definition<P, Q, B, R>): Endpoint<P, Q, B, R> {
  return {
    status: 200,
    problems: [],
    idempotent: false,
    example: {},
    body: null,
    ...definition,
    params: definition.params ?? (empty as unknown as P),
    query: definition.query ?? (empty as unknown as Q),
  };
}

/** Any endpoint, for lists (the document, the reference page, the tests). */
export type AnyEndpoint = Endpoint<z.ZodType, z.ZodType, z.ZodType, z.ZodType>;
