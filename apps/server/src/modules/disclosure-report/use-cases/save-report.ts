import { type BodyOf, type QueryOf } from '@yifa/domain';
import { reportWorkflow, type DisclosureReportView, type disclosureReportApi } from '@yifa/domain/disclosure-report';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { assertStep, authorize, resolveTownship } from '../../../platform/policy/index.ts';
import { computeReport, stateOf } from '../compute-report.ts';
import { reportPolicy } from '../policy.ts';
import { presentReport } from '../presenter.ts';
import { findReport } from '../repository.ts';
import { disclosureAnnualReports } from '../tables.ts';

/** Saves table 2 and the narrative of a draft (first save creates the report), with optimistic locking. */
export async function saveReport(
  ctx: AppContext,
  auth: AuthContext,
  year: number,
  input: BodyOf<typeof disclosureReportApi.save>,
  query: QueryOf<typeof disclosureReportApi.save>,
): Promise<DisclosureReportView> {
  return ctx.db.transaction(async (tx) => {
    const townshipId = await resolveTownship(tx, auth, query.townshipId, 'write');
    const row = await findReport(tx, townshipId, year);
    const state = stateOf(row);
    assertStep(reportWorkflow, 'save', state, { violations: [], crossYearExplained: false });
    authorize(reportPolicy, auth, { townshipId, status: state }, 'save');
    if ((row?.version ?? null) !== input.version) throw new AppError('REQUEST.CONFLICT');
    if (!row) {
      const [created] = await tx
        .insert(disclosureAnnualReports)
        .values({
          townshipId,
          orgId: townshipId,
          year,
          table2: input.table2,
          narrative: input.narrative,
          createdBy: auth.user.id,
          updatedBy: auth.user.id,
        })
        .returning();
      await writeAudit(tx, actorOf(auth), {
        action: 'disclosure-report.report.create',
        entityType: 'disclosureAnnualReport',
        entityId: created!.id,
        townshipId,
        after: { year, table2: input.table2, narrative: input.narrative },
      });
    } else {
      const [updated] = await tx
        .update(disclosureAnnualReports)
        .set({ table2: input.table2, narrative: input.narrative, version: row.version + 1, updatedAt: new Date(), updatedBy: auth.user.id })
        .where(and(eq(disclosureAnnualReports.id, row.id), eq(disclosureAnnualReports.version, row.version)))
        .returning();
      if (!updated) throw new AppError('REQUEST.CONFLICT');
      await writeAudit(tx, actorOf(auth), {
        action: 'disclosure-report.report.update',
        entityType: 'disclosureAnnualReport',
        entityId: row.id,
        townshipId,
        before: { table2: row.table2, narrative: row.narrative },
        after: { table2: input.table2, narrative: input.narrative },
      });
    }
    return presentReport(auth, await computeReport(tx, townshipId, year));
  });
}
