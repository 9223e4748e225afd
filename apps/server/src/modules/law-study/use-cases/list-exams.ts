import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import { requestedTownship, resolveTownship } from '../../../platform/policy/index.ts';
import { listExams as listExamRows } from '../exam-list.ts';
import { presentExam } from '../presenter.ts';

/**
 * One page of a township's exams (by cursor), with how many sat, passed and were absent. The page's
 * statement also checks that the township is live; only an empty page asks resolveTownship whether
 * it is the township that is missing (404) or the exams.
 */
export async function listExams(
  db: DbOrTx,
  auth: AuthContext,
  q: QueryOf<typeof lawStudyApi.listExams>,
): Promise<ResponseOf<typeof lawStudyApi.listExams>> {
  const townshipId = requestedTownship(auth, q.townshipId);
  const { rows, isFirstPage } = await listExamRows(db, townshipId, q);
  if (rows.length === 0) await resolveTownship(db, auth, townshipId, 'read');
  return toKeysetPage(rows, q.pageSize, isFirstPage, (r) =>
    presentExam(r, { takenCount: r.counts[0] ?? 0, passedCount: r.counts[1] ?? 0, absentCount: r.counts[2] ?? 0 }),
  );
}
