import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { presentSelfStudy } from '../presenter.ts';
import { listSelfStudies as listSelfStudyRows } from '../repository.ts';

/** One page of the self-study claims the caller sees (their scope's cadres), each with the review steps the caller may take. */
export async function listSelfStudies(
  db: DbOrTx,
  auth: AuthContext,
  q: QueryOf<typeof lawStudyApi.listSelfStudies>,
): Promise<ResponseOf<typeof lawStudyApi.listSelfStudies>> {
  const townshipId = await resolveTownship(db, auth, q.townshipId, 'read');
  const { rows, isFirstPage } = await listSelfStudyRows(db, townshipId, auth.scope, auth.user.personId, q);
  return toKeysetPage(rows, q.pageSize, isFirstPage, (r) => presentSelfStudy(auth, r, r.personName));
}
