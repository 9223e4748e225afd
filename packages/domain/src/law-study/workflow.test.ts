import { describe, expect, it } from 'vitest';
import { examWorkflow, selfStudyWorkflow } from './workflow.ts';

describe('selfStudyWorkflow', () => {
  it('offers approve and reject for a pending claim only', () => {
    expect(selfStudyWorkflow.allowedSteps('pending', {})).toEqual(['approve', 'reject']);
    expect(selfStudyWorkflow.allowedSteps('approved', {})).toEqual([]);
    expect(selfStudyWorkflow.allowedSteps('rejected', {})).toEqual([]);
  });

  it('refuses a second review with the stable code and a Chinese reason', () => {
    expect(selfStudyWorkflow.refusal('reject', 'approved', {})).toEqual({
      code: 'LAW_STUDY.ALREADY_REVIEWED',
      reasonZh: '该自学申报已审核，不能再次审核',
    });
    expect(selfStudyWorkflow.refusal('approve', 'pending', {})).toBeNull();
  });
});

describe('examWorkflow', () => {
  it('takes scores from the exam day on, not before', () => {
    expect(examWorkflow.allowedSteps({ heldOn: '2025-12-31' }, { today: '2025-12-31' })).toEqual(['recordScores']);
    expect(examWorkflow.allowedSteps({ heldOn: '2026-01-01' }, { today: '2025-12-31' })).toEqual([]);
    expect(examWorkflow.refusal('recordScores', { heldOn: '2026-01-01' }, { today: '2025-12-31' })?.reasonZh).toContain('考试尚未举行');
  });
});
