import { ZCreateDictionaryEntryRequest } from '@yifa/domain';
import { ZCreateExamRequest } from '@yifa/domain/law-study';
import { ZCatalogItemInput } from '@yifa/domain/proactive-disclosure';
import { ZActivityInput } from '@yifa/domain/publicity';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { maxLengthOf, numberLimitsOf } from './contract-limits.ts';

describe('limits read from the contracts', () => {
  it('reads the maximum length of a text field, through optional and nullable', () => {
    const Z = z.object({ a: z.string().max(20), b: z.string().trim().max(7).optional().nullable() });
    expect(maxLengthOf(Z, 'a')).toBe(20);
    expect(maxLengthOf(Z, 'b')).toBe(7);
    expect(() => maxLengthOf(z.object({ c: z.string() }), 'c')).toThrow(/no maximum/);
  });

  it('reads the bounds of the number fields the forms use', () => {
    expect(numberLimitsOf(ZActivityInput, 'audienceCount')).toEqual({ min: 0, max: 1_000_000, isInteger: true });
    expect(numberLimitsOf(ZCatalogItemInput, 'timeLimitDays')).toEqual({ min: 1, max: 60, isInteger: true });
    expect(numberLimitsOf(ZCreateDictionaryEntryRequest, 'sortOrder')).toMatchObject({ min: 0, max: 100_000, isInteger: true });
    expect(numberLimitsOf(ZCreateExamRequest, 'fullMark')).toMatchObject({ greaterThan: 0, max: 1000 });
  });
});
