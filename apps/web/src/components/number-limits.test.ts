import { ZActivityInput, ZCatalogItemInput, ZCreateDictionaryEntryRequest, ZCreateOrgRequest, ZTimeLimitDays } from '@yifa/domain';
import { describe, expect, it } from 'vitest';
import { numberProblem, type NumberLimits } from './form-rules.ts';
import { NUMBER_LIMITS } from './number-limits.ts';

interface Schema {
  safeParse: (value: unknown) => { success: boolean };
}

/** Values around every limit: the form must refuse exactly what the server refuses. */
function probes(l: NumberLimits): number[] {
  const edges = [l.min, l.greaterThan, l.max].filter((v): v is number => v !== undefined);
  return [
    ...edges.flatMap((e) => [e - 1, e - 0.5, e - 0.01, e, e + 0.01, e + 0.5, e + 1]),
    -5,
    -2,
    0,
    0.1,
    1,
    1.25,
    2.5,
    60,
    150,
    1000,
    100_001,
    1e7,
  ];
}

const cases: [keyof typeof NUMBER_LIMITS, Schema][] = [
  ['publicityCount', ZActivityInput.shape.audienceCount],
  ['publicityCount', ZActivityInput.shape.materialsCount],
  ['disclosureTimeLimitDays', ZTimeLimitDays],
  ['disclosureTimeLimitDays', ZCatalogItemInput.shape.timeLimitDays],
  ['sortOrder', ZCreateDictionaryEntryRequest.shape.sortOrder],
  ['sortOrder', ZCreateOrgRequest.shape.sortOrder],
];

describe('NUMBER_LIMITS', () => {
  it.each(cases)('%s refuses exactly what its contract refuses', (name, schema) => {
    const limits: NumberLimits = NUMBER_LIMITS[name];
    for (const value of probes(limits)) {
      expect(numberProblem('值', value, limits) === null, `${name} ${value}`).toBe(schema.safeParse(value).success);
    }
  });
});

describe('numberProblem', () => {
  it('names the field and the limit, and never changes the value', () => {
    expect(numberProblem('受众人数', 2.5, NUMBER_LIMITS.publicityCount)).toBe('受众人数必须是整数');
    expect(numberProblem('受众人数', null, NUMBER_LIMITS.publicityCount)).toBeNull();
    expect(numberProblem('受众人数', 'x', NUMBER_LIMITS.publicityCount)).toBe('受众人数必须是数字');
  });
});
