import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentSummary } from '../presenter.ts';
import { listRequests as queryRequests } from '../repository.ts';
import { findRepeats } from '../find-repeats.ts';

/** The list with personal data masked (only name and description shown), the overdue count, the 结转 and repeat flags. */
export async function listRequests(
  ctx: AppContext,
  auth: AuthContext,
  q: QueryOf<typeof disclosureRequestApi.list>,
): Promise<ResponseOf<typeof disclosureRequestApi.list>> {
  const today = todayInChina();
  const repeats = await findRepeats(ctx.db, auth.scope, today);
  const repeatIds = new Set(repeats.similar.keys());
  const { rows, total, overdueCount } = await queryRequests(ctx.db, auth.scope, q, today, q.repeats === 'true' ? [...repeatIds] : null);
  return { items: rows.map((r) => presentSummary(r, today, repeatIds)), total, page: q.page, pageSize: q.pageSize, overdueCount };
}
