import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import fastJsonStringify, { type Schema as FjsSchema } from 'fast-json-stringify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Responses are written by fast-json-stringify from the contract's response schema (zod → JSON
 * Schema, compiled once per route at start) instead of re-validating every answer with zod and then
 * calling JSON.stringify: the hot lists spent ~6 % of their CPU on that check (issue 10). Like zod's
 * stripping, fast-json-stringify writes only the properties the schema names, so a presenter's extra
 * field never leaks (serializer.test.ts).
 *
 * `isChecked` (the test harness) ALSO validates every answer with zod and compares the two outputs,
 * so a presenter that drifts from its contract, or a schema the conversion gets wrong, still fails a
 * test; production only serialises.
 */
export interface SerializerOptions {
  isChecked: boolean;
}

/** A route whose response schema could not be compiled and is written by zod (listed at start; ideally none). */
export interface ZodFallback {
  method: string;
  url: string;
  reason: string;
}

export interface ResponseSerializer {
  compiler: FastifySerializerCompiler<z.ZodType>;
  /** Filled as routes are compiled (by `ready`). */
  fallbacks: ZodFallback[];
  /** How many response schemas were compiled, fallbacks included. */
  compiled: { count: number };
}

export function createResponseSerializer(options: SerializerOptions): ResponseSerializer {
  const fallbacks: ZodFallback[] = [];
  const compiled = { count: 0 };
  const compiler: FastifySerializerCompiler<z.ZodType> = ({ schema, method, url }) => {
    compiled.count += 1;
    const encode = (data: unknown): unknown => {
      const result = z.safeEncode(schema, data);
      if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
      return result.data;
    };
    let stringify: (data: unknown) => string;
    try {
      stringify = fastJsonStringify(toWireJsonSchema(schema) as unknown as FjsSchema);
    } catch (error) {
      fallbacks.push({ method, url, reason: error instanceof Error ? error.message : String(error) });
      return (data) => JSON.stringify(encode(data));
    }
    if (!options.isChecked) return stringify;
    return (data) => {
      const expected = JSON.parse(JSON.stringify(encode(data))) as unknown;
      const json = stringify(data);
      if (!isDeepStrictEqual(JSON.parse(json), expected)) {
        throw new Error(
          `${method} ${url}: the compiled serializer wrote ${json.slice(0, 500)}, zod ${JSON.stringify(expected).slice(0, 500)}`,
        );
      }
      return json;
    };
  };
  return { compiler, fallbacks, compiled };
}

type JsonSchema = { [key: string]: unknown };

/**
 * The JSON Schema fast-json-stringify compiles: what the client receives (zod's output side), as
 * draft-07 with local `definitions` only. Throws for what JSON Schema cannot say (a transform, a
 * bigint); the caller then keeps zod for that route.
 */
export function toWireJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-07', unrepresentable: 'throw', cycles: 'ref' }) as JsonSchema;
  delete json.$schema;
  return simplify(json) as JsonSchema;
}

/**
 * Two rewrites, each keeping what is written equal to what zod writes:
 * - `additionalProperties: false` goes: fast-json-stringify drops unknown keys anyway, and inside
 *   `anyOf` it would make a branch fail on a presenter's extra key where zod strips it and takes
 *   the first branch that parses;
 * - `anyOf [X, null]` (every `.nullable()`) becomes `type: [X's type, 'null']`, which is written
 *   by a type check instead of running a validator over the value to pick a branch.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (key === 'additionalProperties' && value === false) continue;
    out[key] = key === 'properties' || key === 'definitions' ? mapValues(value as JsonSchema, simplify) : simplify(value);
  }
  const anyOf = out.anyOf as JsonSchema[] | undefined;
  if (anyOf?.length === 2 && Object.keys(out).length === 1) {
    const nullIndex = anyOf.findIndex((s) => s.type === 'null' && Object.keys(s).length === 1);
    const other = anyOf[1 - nullIndex];
    if (nullIndex >= 0 && other && typeof other.type === 'string' && !other.anyOf && !other.oneOf && !other.allOf && !other.$ref) {
      return { ...other, type: [other.type, 'null'] };
    }
  }
  return out;
}

function mapValues(record: JsonSchema, fn: (v: unknown) => unknown): JsonSchema {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}
