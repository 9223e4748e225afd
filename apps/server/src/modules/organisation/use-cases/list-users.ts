import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { organisationApi } from '@yifa/domain/organisation';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentUser } from '../presenter.ts';
import { listUsers as listUserRows } from '../repository.ts';

/** One page of the accounts in the caller's data scope, with their roles. */
export async function listUsers(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof organisationApi.listUsers>,
): Promise<ResponseOf<typeof organisationApi.listUsers>> {
  const { rows, isFirstPage } = await listUserRows(ctx.db, auth.scope, query);
  return toKeysetPage(rows, query.pageSize, isFirstPage, (r) => presentUser(auth, r));
}
