import { ZComputeDeadlineQuery, ZCreateDictionaryEntryRequest } from '@yifa/domain';
import { ZDeadlineExtension } from '@yifa/domain/calendar';
import { ZRequestExtension } from '@yifa/domain/disclosure-request';
import { ZCreateOrgRequest } from '@yifa/domain/organisation';
import { ZCatalogItemInput } from '@yifa/domain/proactive-disclosure';
import { ZActivityInput } from '@yifa/domain/publicity';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { numberLimitsOf } from './contract-limits.ts';
import { numberProblem, type NumberLimits } from './form-rules.ts';

/** Values around every limit: the form must refuse exactly what the server refuses. */
function probes(l: NumberLimits): number[] {
  const edges = [l.min, l.greaterThan, l.max].filter((v): v is number => v !== undefined);
  return [
    ...edges.flatMap((e) => [e - 1, e - 0.5, e - 0.01, e, e + 0.01, e + 0.5, e + 1]),
    ...[-5, -2, 0, 0.1, 1, 1.25, 2.5, 60, 150, 1000, 100_001, 1e7],
  ];
}

/** The number fields whose form limits are read from their contract (numberLimitsOf), with that contract. */
const cases: [string, z.ZodType, string][] = [
  ['ZActivityInput', ZActivityInput, 'audienceCount'],
  ['ZActivityInput', ZActivityInput, 'materialsCount'],
  ['ZCatalogItemInput', ZCatalogItemInput, 'timeLimitDays'],
  ['ZCreateDictionaryEntryRequest', ZCreateDictionaryEntryRequest, 'sortOrder'],
  ['ZCreateOrgRequest', ZCreateOrgRequest, 'sortOrder'],
  ['ZComputeDeadlineQuery', ZComputeDeadlineQuery, 'days'],
  ['ZDeadlineExtension', ZDeadlineExtension, 'days'],
  ['ZRequestExtension', ZRequestExtension, 'days'],
];

describe('form limits read from the contracts', () => {
  it.each(cases)('%s.%s: the form refuses exactly what the contract refuses', (_name, schema, field) => {
    const limits = numberLimitsOf(schema, field);
    const fieldSchema = (schema as unknown as { shape: Record<string, z.ZodType> }).shape[field]!;
    for (const value of probes(limits)) {
      expect(numberProblem('值', value, limits) === null, `${field} ${value}`).toBe(fieldSchema.safeParse(value).success);
    }
  });
});

describe('numberProblem', () => {
  it('names the field and the limit, and never changes the value', () => {
    const limits = numberLimitsOf(ZActivityInput, 'audienceCount');
    expect(numberProblem('受众人数', 2.5, limits)).toBe('受众人数必须是整数');
    expect(numberProblem('受众人数', null, limits)).toBeNull();
    expect(numberProblem('受众人数', 'x', limits)).toBe('受众人数必须是数字');
  });
});
