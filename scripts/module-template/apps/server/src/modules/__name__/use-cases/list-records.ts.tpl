import type { QueryOf } from '@yifa/domain';
import type { __camel__Api, __Pascal__List } from '@yifa/domain/__name__';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { canCreate__Pascal__ } from '../policy.ts';
import { present__Pascal__ } from '../presenter.ts';
import { list__Pascal__Rows } from '../repository.ts';

/** One page of the records of the caller's township (or the one a caller above townships names), with what the caller may do. */
export async function list__Pascal__Records(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof __camel__Api.list>,
): Promise<__Pascal__List> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'read');
  const { rows, isFirstPage } = await list__Pascal__Rows(ctx.db, auth.scope, townshipId, query);
  const page = toKeysetPage(rows, query.pageSize, isFirstPage, (r) => present__Pascal__(auth, r.row));
  return { ...page, canCreate: canCreate__Pascal__(auth, townshipId) };
}
