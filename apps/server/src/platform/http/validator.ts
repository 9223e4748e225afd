import { refusingUnsafeText } from '@yifa/domain';
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/**
 * The zod validator of every route, with one rule added for every string of every request part:
 * no NUL and no lone surrogate (PostgreSQL cannot store them; they used to escape as 500s). One place,
 * so a route added tomorrow is covered without remembering to use a special string type.
 */
export const plainTextValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) =>
  validatorCompiler({ ...route, schema: refusingUnsafeText(route.schema) });
