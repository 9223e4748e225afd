import type { InvalidParam } from '@yifa/domain';
import type { z } from 'zod';

/**
 * A ZodError raised inside a use case (not by the route's own schema) as problem-details
 * invalidParams, so it answers 400 with field paths instead of a 500. Our schemas write their
 * messages in Chinese; zod's English defaults are replaced by a neutral Chinese reason.
 */
export function invalidParamsOf(error: z.ZodError, prefix: string): InvalidParam[] {
  return error.issues.map((issue) => ({
    name: [prefix, ...issue.path.map(String)].join('.'),
    code: issue.code,
    reason: /[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : '不符合要求',
  }));
}

export function isZodError(error: unknown): error is z.ZodError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'ZodError' &&
    Array.isArray((error as { issues?: unknown }).issues)
  );
}
