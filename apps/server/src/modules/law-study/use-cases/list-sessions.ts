import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import { dictionaryLabels } from '../../../platform/dictionaries/index.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { presentSession } from '../presenter.ts';
import { listLaws, listSessions as listSessionRows } from '../repository.ts';

/** One page of a township's study sessions (by cursor), each with its stored attendance counts and what the caller may do to it. */
export async function listSessions(
  db: DbOrTx,
  auth: AuthContext,
  q: QueryOf<typeof lawStudyApi.listSessions>,
): Promise<ResponseOf<typeof lawStudyApi.listSessions>> {
  const townshipId = await resolveTownship(db, auth, q.townshipId, 'read');
  const [{ rows, isFirstPage }, kinds, laws] = await Promise.all([
    listSessionRows(db, townshipId, q),
    dictionaryLabels(db, townshipId, 'activityKind'),
    listLaws(db, townshipId),
  ]);
  const lawMap = new Map(laws.map((l) => [l.id, l]));
  return toKeysetPage(rows, q.pageSize, isFirstPage, (r) => presentSession(auth, r, kinds, lawMap, r));
}
