import { z } from 'zod';

/**
 * What the caller may do to one record, as the server's policy decides it (the permission, the
 * data scope, the record's state). Detail responses carry it; the web draws its buttons from it and
 * never re-derives the rule. Each module lists its abilities per record kind, e.g.
 * `zAbilities(['update', 'delete', 'viewPersonal'])`.
 */
export function zAbilities<const A extends readonly [string, ...string[]]>(names: A) {
  return z.object(Object.fromEntries(names.map((n) => [n, z.boolean()])) as { [K in A[number]]: z.ZodBoolean });
}

export type Abilities<A extends string> = { [K in A]: boolean };
