import { defineWorkflow } from '../platform/workflow.ts';
import type { SelfStudyStatus } from './hours.ts';

/**
 * A self-study claim (自学、网络学法申报) waits for the ledger office: it is approved, and then counts
 * towards the cadre's hours, or rejected with a reason. A reviewed claim is final — the hours it
 * credited or withheld are what the bulletin (通报) published — so it is never reviewed twice.
 */
export const SELF_STUDY_STEPS = ['approve', 'reject'] as const;
export type SelfStudyStep = (typeof SELF_STUDY_STEPS)[number];

const onlyPending = (status: SelfStudyStatus) =>
  status === 'pending' ? null : { code: 'LAW_STUDY.ALREADY_REVIEWED', reasonZh: '该自学申报已审核，不能再次审核' };

export const selfStudyWorkflow = defineWorkflow<SelfStudyStep, SelfStudyStatus, Record<string, never>>({
  approve: onlyPending,
  reject: onlyPending,
});

/**
 * An exam may be planned ahead, but a score is the record of an exam sat: scores are entered (or
 * imported) only from the exam day on (China date).
 */
export const EXAM_STEPS = ['recordScores'] as const;
export type ExamStep = (typeof EXAM_STEPS)[number];

export const examWorkflow = defineWorkflow<ExamStep, { heldOn: string }, { today: string }>({
  recordScores: (exam, { today }) =>
    exam.heldOn > today
      ? { code: 'REQUEST.VALIDATION_FAILED', reasonZh: `考试日期${exam.heldOn}晚于今天，考试尚未举行，不能录入成绩` }
      : null,
});
