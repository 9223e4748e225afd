import { z } from 'zod';
import type { NumberLimits } from './form-rules.ts';

/**
 * Form limits read from the contract the server validates with (packages/domain), so a form never
 * copies a number by hand: `maxLengthOf(ZSessionInput, 'title')` for an input's `maxLength`,
 * `numberLimitsOf(ZActivityInput, 'audienceCount')` for `numberRule`.
 */
function fieldOf(schema: z.ZodType, field: string): z.ZodType {
  let s = unwrap(schema);
  if (!(s instanceof z.ZodObject)) throw new Error('contract-limits: not an object schema');
  const f = (s.shape as Record<string, z.ZodType>)[field];
  if (!f) throw new Error(`contract-limits: no field ${field}`);
  s = unwrap(f);
  return s;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return s;
  }
}

/** The longest text the contract accepts for a field (its `.max()`). */
export function maxLengthOf(schema: z.ZodType, field: string): number {
  const s = fieldOf(schema, field);
  const max = s instanceof z.ZodString ? s.maxLength : null;
  if (max === null) throw new Error(`contract-limits: ${field} has no maximum length`);
  return max;
}

/** The bounds of a number field as the contract sets them (min / exclusive min / max / integer / step). */
export function numberLimitsOf(schema: z.ZodType, field: string): NumberLimits {
  const s = fieldOf(schema, field);
  if (!(s instanceof z.ZodNumber)) throw new Error(`contract-limits: ${field} is not a number`);
  const limits: NumberLimits = {};
  for (const check of s._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; value?: number; inclusive?: boolean; format?: string };
    if (def.check === 'greater_than' && def.value !== undefined) {
      if (def.inclusive) limits.min = def.value;
      else limits.greaterThan = def.value;
    } else if (def.check === 'less_than' && def.value !== undefined) limits.max = def.value;
    else if (def.check === 'multiple_of' && def.value !== undefined)
      limits.decimals = Math.max(0, -Math.floor(Math.log10(def.value) + 1e-9));
    else if (def.check === 'number_format' && (def.format === 'safeint' || def.format === 'int32')) limits.isInteger = true;
  }
  if (s.isInt) limits.isInteger = true;
  return limits;
}
