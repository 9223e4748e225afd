import { defineWorkflow, type StepRefusal } from '../platform/workflow.ts';
import type { Violation } from './check-consistency.ts';

/** A year's report: nothing saved yet, a draft staff edit, or published (frozen, 条例第四十九条). */
export type ReportState = 'none' | 'draft' | 'published';

export interface ReportStepFacts {
  /** The consistency check of the report as it stands (ogi-annual-report-format.md §6). */
  violations: readonly Violation[];
  /**
   * A rule-5 difference from last year's published carry-forward is explained. Last year's report
   * can no longer change, so staff may publish anyway by saying why; the detail response asks with
   * `true` ("may be explained in the publish dialog"), the publish step with the explanation given.
   */
  crossYearExplained: boolean;
}

/** The errors that block publication: every error, except rule 5 once it is explained. */
export function blockingViolations(facts: ReportStepFacts): Violation[] {
  return facts.violations.filter((v) => v.severity === 'error' && !(v.rule === 5 && facts.crossYearExplained));
}

const PUBLISHED: StepRefusal = { code: 'DISCLOSURE_REPORT.PUBLISHED', reasonZh: '该年度报告已发布，不能再修改' };

/**
 * The report's steps: a draft is saved (the first save creates it) until it is published; a
 * published report is frozen (what the public site shows cannot change afterwards). Publication
 * needs a saved report whose figures keep every rule of the national format.
 */
export const reportWorkflow = defineWorkflow<'save' | 'publish', ReportState, ReportStepFacts>({
  save: (state) => (state === 'published' ? PUBLISHED : null),
  publish: (state, facts) => {
    if (state === 'none') return { code: 'RECORD.NOT_FOUND', reasonZh: '请先保存年度报告' };
    if (state === 'published') return PUBLISHED;
    const blocking = blockingViolations(facts);
    if (blocking.length > 0)
      return { code: 'DISCLOSURE_REPORT.INCONSISTENT', reasonZh: '报告数据不符合年度报告格式的勾稽关系，请先核对标红的数据及其来源记录' };
    return null;
  },
});

export type ReportStep = (typeof reportWorkflow.steps)[number];
