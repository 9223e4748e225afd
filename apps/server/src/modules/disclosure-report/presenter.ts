import { evidenceCounts, reportWorkflow, type DisclosureReportView } from '@yifa/domain/disclosure-report';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { stateOf, type ComputedReport } from './compute-report.ts';
import { reportPolicy } from './policy.ts';

/**
 * The computed report → the contract's view: figures, checks, and what the caller may do now
 * (abilities from policy.ts, allowedSteps from the domain's workflow). The evidence ids stay here;
 * the view carries only how many records stand behind each figure.
 */
export function presentReport(auth: AuthContext, c: ComputedReport): DisclosureReportView {
  const { report: r, row } = c;
  const status = stateOf(row);
  return {
    townshipId: c.townshipId,
    townshipName: r.townshipName,
    year: r.year,
    status,
    version: row?.version ?? null,
    table2: r.table2,
    table2Source: 'manual',
    table3: r.table3,
    table4: r.table4,
    evidenceCounts: evidenceCounts(r.evidence3, r.evidence4),
    narrative: r.narrative,
    narrativeIsDraft: !row,
    activity: r.activity,
    violations: r.violations,
    anomalies: c.anomalies,
    previousCarriedForward: c.previousCarriedForward,
    crossYearExplanation: row?.crossYearExplanation ?? null,
    publishedAt: row?.publishedAt?.toISOString() ?? null,
    publicUrl: status === 'published' ? c.publicUrl : null,
    abilities: reportPolicy.abilities(auth, { townshipId: c.townshipId, status }),
    // Offered when only a rule-5 explanation is missing: the publish dialog asks for it.
    allowedSteps: reportWorkflow.allowedSteps(status, { violations: r.violations, crossYearExplained: true }),
  };
}
