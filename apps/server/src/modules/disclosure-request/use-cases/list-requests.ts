import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentSummary } from '../presenter.ts';
import { listRequests as queryRequests } from '../list-requests-query.ts';

/**
 * One page of the list (by cursor) with personal data masked (only name and description shown), the
 * overdue count, the 结转 flag and the repeat flag (from the stored links: nothing is compared here).
 */
export async function listRequests(
  ctx: AppContext,
  auth: AuthContext,
  q: QueryOf<typeof disclosureRequestApi.list>,
): Promise<ResponseOf<typeof disclosureRequestApi.list>> {
  const today = todayInChina();
  const { rows, isFirstPage, overdueCount } = await queryRequests(ctx.db, auth.scope, q, today);
  return { ...toKeysetPage(rows, q.pageSize, isFirstPage, (r) => presentSummary(r, today)), overdueCount };
}
