import { z } from 'zod';
import type { RouteAccess } from './permissions.ts';

/**
 * One HTTP route as both sides see it, declared once in the module's `api.ts` (packages/domain):
 * method, path, who may call it, what it takes and what it answers. The server registers it with
 * `route(app, contract, handler)` (apps/server/src/platform/http/route.ts), which gives Fastify the
 * schemas (validation, serialisation, OpenAPI); the web calls it with `call(contract, input)`
 * (apps/web/src/api/call.ts), typed from the same schemas. Use-case inputs are `z.output` of the
 * `body` schema, so nothing is typed twice.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type SuccessStatus = 200 | 201;

export interface RouteContract {
  method: HttpMethod;
  /** Under /api, Fastify style: `/disclosure-requests/:id/reply`. */
  path: string;
  access: RouteAccess;
  /** Chinese, one line: what the route does and, where a step is statutory, the article. */
  summary: string;
  /** The OpenAPI group: the module's name. */
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The 2xx body. A file download answers `zFileDownload(...)`. */
  response: z.ZodType;
  /** 201 for a create; 200 otherwise. */
  status?: SuccessStatus;
  /** A body that is not JSON: `['multipart/form-data']` for an upload, whose `body` is `zUploadBody(...)`. */
  consumes?: readonly ['multipart/form-data'];
}

/** Keeps the literal types of one contract (so `call` and `route` can infer from it). */
export function defineRoute<const C extends RouteContract>(contract: C): C {
  return contract;
}

type InputOf<S> = S extends z.ZodType ? z.input<S> : undefined;
type OutputOf<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What the caller sends (before zod's defaults and transforms). */
export type ParamsInput<C extends RouteContract> = InputOf<C['params']>;
export type QueryInput<C extends RouteContract> = InputOf<C['query']>;
export type BodyInput<C extends RouteContract> = InputOf<C['body']>;
/** What the handler and the use case receive (after zod). */
export type ParamsOf<C extends RouteContract> = OutputOf<C['params']>;
export type QueryOf<C extends RouteContract> = OutputOf<C['query']>;
export type BodyOf<C extends RouteContract> = OutputOf<C['body']>;
/** What the route answers, as the web receives it. */
export type ResponseOf<C extends RouteContract> = z.output<C['response']>;

/**
 * The body of a file download (Word, Excel, a PDF): described to OpenAPI as binary of that media
 * type. The handler sends it with `sendDownload` (a Buffer or a stream is never serialised as JSON).
 */
export function zFileDownload(mediaType: string) {
  return z.string().meta({ format: 'binary', contentMediaType: mediaType, description: `文件（${mediaType}）` });
}

/**
 * The body of an upload (multipart/form-data): one binary part per name, described to OpenAPI. The
 * handler streams the parts itself (type sniffed from the content, size checked), so the schema
 * validates nothing (the multipart parser leaves no JSON body to check); its metadata is the JSON
 * schema OpenAPI shows.
 */
export function zUploadBody(parts: readonly [string, ...string[]], description: string) {
  const properties = Object.fromEntries(parts.map((p) => [p, { type: 'string', format: 'binary' }]));
  return z.unknown().meta({ description, type: 'object', properties, required: [...parts] });
}

export const MEDIA_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
} as const;

/** `{ ok: true }`: the answer of a change that returns nothing else. */
export const ZOk = z.object({ ok: z.literal(true) });
/** `{ id }`: the answer of a create that returns only the new id. */
export const ZCreated = z.object({ id: z.string() });
/** The path parameters of a route about one record. */
export const ZIdParams = z.object({ id: z.uuid('编号格式不正确') }).strict();
/**
 * The body of a POST that takes nothing (mark as read, sign out): declared so the document says so.
 * A request with no body at all, or `{}`, passes; anything else is refused (400).
 */
export const ZNoBody = z.object({}).strict().nullish().meta({ description: '无请求体' });
