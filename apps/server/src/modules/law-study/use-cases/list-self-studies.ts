import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import { requestedTownship, resolveTownship } from '../../../platform/policy/index.ts';
import { presentSelfStudy } from '../presenter.ts';
import { listSelfStudies as listSelfStudyRows } from '../self-study-list.ts';

/**
 * One page of the self-study claims the caller sees (their scope's cadres), each with the review
 * steps the caller may take. The page's statement also checks that the township is live; only an
 * empty page asks resolveTownship whether it is the township that is missing (404) or the claims.
 */
export async function listSelfStudies(
  db: DbOrTx,
  auth: AuthContext,
  q: QueryOf<typeof lawStudyApi.listSelfStudies>,
): Promise<ResponseOf<typeof lawStudyApi.listSelfStudies>> {
  const townshipId = requestedTownship(auth, q.townshipId);
  const { rows, isFirstPage } = await listSelfStudyRows(db, townshipId, auth.scope, auth.user.personId, q);
  if (rows.length === 0) await resolveTownship(db, auth, townshipId, 'read');
  return toKeysetPage(rows, q.pageSize, isFirstPage, (r) => presentSelfStudy(auth, r, r.personName));
}
