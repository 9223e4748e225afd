import {
  ZActivityInput,
  ZCatalogItemInput,
  ZCreateDictionaryEntryRequest,
  ZCreateExamRequest,
  ZCreateOrgRequest,
  ZScoreInput,
  ZStudyHours,
  ZTimeLimitDays,
} from '@yifa/domain';
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
  ['studyHours', ZStudyHours],
  ['examFullMark', ZCreateExamRequest.shape.fullMark],
  ['examPassMark', ZCreateExamRequest.shape.passMark],
  ['examScore', ZScoreInput.shape.score],
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
    expect(numberProblem('学时', 1000, NUMBER_LIMITS.studyHours)).toBe('学时不能大于 100');
    expect(numberProblem('学时', -2, NUMBER_LIMITS.studyHours)).toBe('学时必须大于 0');
    expect(numberProblem('学时', 1.25, NUMBER_LIMITS.studyHours)).toBe('学时最多保留 1 位小数');
    expect(numberProblem('成绩', 150, { ...NUMBER_LIMITS.examScore, max: 100 })).toBe('成绩不能大于 100');
    expect(numberProblem('受众人数', 2.5, NUMBER_LIMITS.publicityCount)).toBe('受众人数必须是整数');
    expect(numberProblem('学时', null, NUMBER_LIMITS.studyHours)).toBeNull();
    expect(numberProblem('学时', 'x', NUMBER_LIMITS.studyHours)).toBe('学时必须是数字');
  });
});
