import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { organisationApi } from '@yifa/domain/organisation';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentPerson } from '../presenter.ts';
import { listPeople as listPeopleRows } from '../repository.ts';

/** One page of the cadre roll in the caller's data scope, personal data masked. */
export async function listPeople(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof organisationApi.listPeople>,
): Promise<ResponseOf<typeof organisationApi.listPeople>> {
  const { rows, isFirstPage } = await listPeopleRows(ctx.db, auth.scope, query);
  return toKeysetPage(rows, query.pageSize, isFirstPage, (r) => presentPerson(auth, r, null));
}
