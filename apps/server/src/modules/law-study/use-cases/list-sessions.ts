import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import { requestedTownship, resolveTownship } from '../../../platform/policy/index.ts';
import { presentSession } from '../presenter.ts';
import { listSessions as listSessionRows } from '../session-list.ts';

/**
 * One page of a township's study sessions (by cursor), each with its stored attendance counts and
 * what the caller may do to it. The page's statement also checks that the township is live; only an
 * empty page asks resolveTownship whether it is the township that is missing (404) or the list.
 */
export async function listSessions(
  db: DbOrTx,
  auth: AuthContext,
  q: QueryOf<typeof lawStudyApi.listSessions>,
): Promise<ResponseOf<typeof lawStudyApi.listSessions>> {
  const townshipId = requestedTownship(auth, q.townshipId);
  const { rows, isFirstPage } = await listSessionRows(db, townshipId, q);
  if (rows.length === 0) await resolveTownship(db, auth, townshipId, 'read');
  return toKeysetPage(rows, q.pageSize, isFirstPage, (r) => presentSession(auth, r));
}
