import type { QueryOf, ResponseOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { presentExam } from '../presenter.ts';
import { listExams as listExamRows } from '../repository.ts';

/** One page of a township's exams (by cursor), with how many sat, passed and were absent. */
export async function listExams(
  db: DbOrTx,
  auth: AuthContext,
  q: QueryOf<typeof lawStudyApi.listExams>,
): Promise<ResponseOf<typeof lawStudyApi.listExams>> {
  const townshipId = await resolveTownship(db, auth, q.townshipId, 'read');
  const { rows, isFirstPage } = await listExamRows(db, townshipId, q);
  return toKeysetPage(rows, q.pageSize, isFirstPage, (r) =>
    presentExam(r, { takenCount: r.counts[0] ?? 0, passedCount: r.counts[1] ?? 0, absentCount: r.counts[2] ?? 0 }),
  );
}
