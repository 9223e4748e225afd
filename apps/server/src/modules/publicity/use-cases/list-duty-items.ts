import type { publicityApi } from '@yifa/domain/publicity';
import { type QueryOf } from '@yifa/domain';
import { type DutyItem } from '@yifa/domain/publicity';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { dutyItemsWithState } from '../duty-item-states.ts';
import { dutyItemPolicy } from '../policy.ts';

/** A township's duty lists of a year with their state and the caller's abilities on each line. */
export async function listDutyItems(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof publicityApi.listDutyItems>,
): Promise<DutyItem[]> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'read');
  const lines = await dutyItemsWithState(ctx.db, auth.scope, townshipId, query.year, query.orgId);
  return lines.map(({ row, item }) => ({ ...item, abilities: dutyItemPolicy.abilities(auth, row) }));
}
