import type { DisclosureReportView, PublishReportRequest } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/township.ts';
import { findReport } from '../repository.ts';
import { disclosureAnnualReports } from '../tables.ts';
import { computeReport } from './compute-report.ts';

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
  input: PublishReportRequest,
  requestedTownship?: string,
): Promise<DisclosureReportView> {
  return ctx.db.transaction(async (tx) => {
    const townshipId = await resolveTownship(tx, auth, requestedTownship, 'write');
    const row = await findReport(tx, townshipId, year);
    if (!row) throw new AppError('RECORD.NOT_FOUND', { userMessage: '请先保存年度报告' });
    if (row.status === 'published') throw new AppError('DISCLOSURE_REPORT.PUBLISHED');
    if (row.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const { report } = await computeReport(tx, townshipId, year);
    const blocking = report.violations.filter((v) => v.severity === 'error' && !(v.rule === 5 && input.crossYearExplanation));
    if (blocking.length > 0) {
      throw new AppError('DISCLOSURE_REPORT.INCONSISTENT', {
        invalidParams: blocking.map((v) => ({ name: `rule${v.rule}`, code: `rule-${v.rule}`, reason: v.messageZh })),
      });
    }
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
        version: row.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(disclosureAnnualReports.id, row.id), eq(disclosureAnnualReports.version, row.version)))
      .returning();
    if (!updated) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'disclosure-report.report.publish',
      entityType: 'disclosureAnnualReport',
      entityId: row.id,
      townshipId,
      after: { year, table3Total: report.table3.resultTotal.total, crossYearExplanation: explained ? input.crossYearExplanation : null },
    });
    return (await computeReport(tx, townshipId, year)).view;
  });
}
