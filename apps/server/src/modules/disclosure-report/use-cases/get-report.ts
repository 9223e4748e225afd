import type { QueryOf } from '@yifa/domain';
import type { DisclosureReportView, disclosureReportApi } from '@yifa/domain/disclosure-report';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { computeReport } from '../compute-report.ts';
import { presentReport } from '../presenter.ts';

/** The year's report of the caller's township (or the one a county reviewer names), with what the caller may do. */
export async function getReport(
  ctx: AppContext,
  auth: AuthContext,
  year: number,
  query: QueryOf<typeof disclosureReportApi.get>,
): Promise<DisclosureReportView> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'read');
  return presentReport(auth, await computeReport(ctx.db, townshipId, year));
}
