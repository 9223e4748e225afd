import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { dictionaryLabels } from '../../../platform/dictionaries/index.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { presentSession } from '../presenter.ts';
import { listLaws, listSessions as listSessionRows } from '../repository.ts';

/** A township's study sessions, a page at a time, each with what the caller may do to it. */
export async function listSessions(
  db: DbOrTx,
  auth: AuthContext,
  q: QueryOf<typeof lawStudyApi.listSessions>,
): Promise<ResponseOf<typeof lawStudyApi.listSessions>> {
  const townshipId = await resolveTownship(db, auth, q.townshipId, 'read');
  const [{ rows, total }, kinds, laws] = await Promise.all([
    listSessionRows(db, townshipId, q),
    dictionaryLabels(db, townshipId, 'activityKind'),
    listLaws(db, townshipId),
  ]);
  const lawMap = new Map(laws.map((l) => [l.id, l]));
  return { items: rows.map((r) => presentSession(auth, r.session, kinds, lawMap, r)), total, page: q.page, pageSize: q.pageSize };
}
