import { type BodyOf, type QueryOf } from '@yifa/domain';
import { blockingViolations, reportWorkflow, type DisclosureReportView, type disclosureReportApi } from '@yifa/domain/disclosure-report';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { assertStep, authorize, resolveTownship } from '../../../platform/policy/index.ts';
import { computeReport, stateOf } from '../compute-report.ts';
import { reportPolicy } from '../policy.ts';
import { presentReport } from '../presenter.ts';
import { disclosureAnnualReports } from '../tables.ts';

/**
 * Publishes the year's report (条例第四十九条: by 31 January) on the public site and freezes it.
 * A report that breaks the format's arithmetic is refused with the violations (never fixed here);
 * a carry-over that differs from last year's published report (rule 5) needs a written explanation,
 * because last year's published figure can no longer change.
 */
export async function publishReport(
  ctx: AppContext,
  auth: AuthContext,
  year: number,
  input: BodyOf<typeof disclosureReportApi.publish>,
  query: QueryOf<typeof disclosureReportApi.publish>,
): Promise<DisclosureReportView> {
  return ctx.db.transaction(async (tx) => {
    const townshipId = await resolveTownship(tx, auth, query.townshipId, 'write');
    const { row, report } = await computeReport(tx, townshipId, year);
    const state = stateOf(row);
    const facts = { violations: report.violations, crossYearExplained: !!input.crossYearExplanation };
    // An inconsistent report is refused with every blocking violation, so staff see each one.
    if (reportWorkflow.refusal('publish', state, facts)?.code === 'DISCLOSURE_REPORT.INCONSISTENT') {
      throw new AppError('DISCLOSURE_REPORT.INCONSISTENT', {
        invalidParams: blockingViolations(facts).map((v) => ({ name: `rule${v.rule}`, code: `rule-${v.rule}`, reason: v.messageZh })),
      });
    }
    assertStep(reportWorkflow, 'publish', state, facts);
    authorize(reportPolicy, auth, { townshipId, status: state }, 'publish');
    if (row!.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const explained = report.violations.some((v) => v.rule === 5);
    const snapshot = { ...report, publishedOn: todayInChina() };
    const [updated] = await tx
      .update(disclosureAnnualReports)
      .set({
        status: 'published',
        snapshot,
        publishedAt: new Date(),
        publishedBy: auth.user.id,
        crossYearExplanation: explained ? (input.crossYearExplanation ?? null) : null,
        version: row!.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(disclosureAnnualReports.id, row!.id), eq(disclosureAnnualReports.version, row!.version)))
      .returning();
    if (!updated) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'disclosure-report.report.publish',
      entityType: 'disclosureAnnualReport',
      entityId: row!.id,
      townshipId,
      after: { year, table3Total: report.table3.resultTotal.total, crossYearExplanation: explained ? input.crossYearExplanation : null },
    });
    return presentReport(auth, await computeReport(tx, townshipId, year));
  });
}
