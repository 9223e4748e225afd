import type { QueryOf } from '@yifa/domain';
import type { Exam, lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { presentExam } from '../presenter.ts';
import { listExams as listExamRows } from '../repository.ts';

/** A township's exams of a year, with how many sat, passed and were absent. */
export async function listExams(db: DbOrTx, auth: AuthContext, q: QueryOf<typeof lawStudyApi.listExams>): Promise<Exam[]> {
  const townshipId = await resolveTownship(db, auth, q.townshipId, 'read');
  return (await listExamRows(db, townshipId, q.year)).map((r) => presentExam(r.exam, r));
}
