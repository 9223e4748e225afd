import { describe, expect, it } from 'vitest';
import type { Violation } from './check-consistency.ts';
import { reportWorkflow } from './workflow.ts';

const error = (rule: Violation['rule']): Violation => ({ rule, severity: 'error', messageZh: `rule ${rule}`, cells: [] });
const warning: Violation = { rule: 8, severity: 'warning', messageZh: 'rule 8', cells: [] };

describe('the annual report workflow (draft → published)', () => {
  it('saves until published; publishes only a saved draft', () => {
    const ok = { violations: [warning], crossYearExplained: false };
    expect(reportWorkflow.allowedSteps('none', ok)).toEqual(['save']);
    expect(reportWorkflow.allowedSteps('draft', ok)).toEqual(['save', 'publish']);
    expect(reportWorkflow.allowedSteps('published', ok)).toEqual([]);
    expect(reportWorkflow.refusal('publish', 'none', ok)?.code).toBe('RECORD.NOT_FOUND');
    expect(reportWorkflow.refusal('save', 'published', ok)?.code).toBe('DISCLOSURE_REPORT.PUBLISHED');
  });

  it('refuses publication while an error stands; rule 5 only until it is explained', () => {
    expect(reportWorkflow.refusal('publish', 'draft', { violations: [error(1)], crossYearExplained: true })?.code).toBe(
      'DISCLOSURE_REPORT.INCONSISTENT',
    );
    expect(reportWorkflow.refusal('publish', 'draft', { violations: [error(5)], crossYearExplained: false })?.code).toBe(
      'DISCLOSURE_REPORT.INCONSISTENT',
    );
    expect(reportWorkflow.refusal('publish', 'draft', { violations: [error(5)], crossYearExplained: true })).toBe(null);
  });
});
