import { z } from 'zod';

/**
 * Text PostgreSQL can store. WHY: a NUL character (U+0000) is refused by PostgreSQL's text type
 * (22021) and a lone UTF-16 surrogate (e.g. "\ud800") cannot be encoded as UTF-8 (22P05); either one
 * reaching the database turned a request into a 500. Every string a request carries — body, query,
 * path parameters, object keys included — is checked before the route's own schema runs.
 */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSAFE_TEXT_MESSAGE = '含有无法保存的字符（空字符或不完整的 Unicode 字符），请删除后重试';
/** The stable code of the invalid parameter (problem details `invalidParams[].code`). */
export const UNSAFE_TEXT_CODE = 'unsafeText';

export function isPlainText(value: string): boolean {
  return !UNSAFE_TEXT.test(value);
}

/** The paths of every string (or object key) in `value` that is not plain text. */
export function unsafeTextPaths(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
  depth = 0,
): (string | number)[][] {
  if (depth > 64) return out; // JSON bodies are bounded by the body limit; this only guards recursion
  if (typeof value === 'string') {
    if (!isPlainText(value)) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unsafeTextPaths(item, [...path, i], out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isPlainText(key)) out.push([...path, key]);
      unsafeTextPaths(item, [...path, key], out, depth + 1);
    }
  }
  return out;
}

/** Refuses any request part holding text PostgreSQL cannot store, one issue per field. */
export const ZPlainTextInput = z.unknown().superRefine((value, ctx) => {
  for (const path of unsafeTextPaths(value)) {
    ctx.addIssue({ code: 'custom', path, message: UNSAFE_TEXT_MESSAGE, params: { code: UNSAFE_TEXT_CODE } });
  }
});

/** `schema`, refusing non-plain text first (the server wraps every route schema with it). */
export function refusingUnsafeText<T extends z.ZodType>(schema: T) {
  return ZPlainTextInput.pipe(schema);
}
