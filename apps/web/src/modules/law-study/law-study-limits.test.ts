import { FULL_MARK_LIMITS, MARK_LIMITS, STUDY_HOURS_LIMITS, ZCreateExamRequest, ZScoreInput, ZStudyHours } from '@yifa/domain/law-study';
import { describe, expect, it } from 'vitest';
import { numberProblem, type NumberLimits } from '../../components/form-rules.ts';

/** Values around every limit and the decimals rule: the form must refuse exactly what the server refuses. */
function probes(l: NumberLimits): number[] {
  const edges = [l.min, l.greaterThan, l.max].filter((v): v is number => v !== undefined);
  return [...edges.flatMap((e) => [e - 1, e - 0.5, e - 0.01, e, e + 0.01, e + 0.1, e + 1]), -2, 0, 0.1, 1.25, 2.5, 60, 150, 1e7];
}

const cases: [string, NumberLimits, { safeParse: (v: unknown) => { success: boolean } }][] = [
  ['hours', STUDY_HOURS_LIMITS, ZStudyHours],
  ['full mark', FULL_MARK_LIMITS, ZCreateExamRequest.shape.fullMark],
  ['pass mark', MARK_LIMITS, ZCreateExamRequest.shape.passMark],
  ['score', MARK_LIMITS, ZScoreInput.shape.score],
];

describe('law-study number limits (declared once in @yifa/domain)', () => {
  it.each(cases)('%s: the form refuses exactly what the contract refuses', (name, limits, schema) => {
    for (const value of probes(limits)) {
      expect(numberProblem('值', value, limits) === null, `${name} ${value}`).toBe(schema.safeParse(value).success);
    }
  });

  it('names the field and the limit, and never changes the value', () => {
    expect(numberProblem('学时', 1000, STUDY_HOURS_LIMITS)).toBe('学时不能大于 100');
    expect(numberProblem('学时', -2, STUDY_HOURS_LIMITS)).toBe('学时必须大于 0');
    expect(numberProblem('学时', 1.25, STUDY_HOURS_LIMITS)).toBe('学时最多保留 1 位小数');
    expect(numberProblem('成绩', 150, { ...MARK_LIMITS, max: 100 })).toBe('成绩不能大于 100');
    expect(numberProblem('学时', null, STUDY_HOURS_LIMITS)).toBeNull();
    expect(numberProblem('学时', 'x', STUDY_HOURS_LIMITS)).toBe('学时必须是数字');
  });
});
