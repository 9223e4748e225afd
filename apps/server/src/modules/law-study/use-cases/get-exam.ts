import { examWorkflow, type ExamDetail } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { examPolicy } from '../policy.ts';
import { presentExam, presentScore } from '../presenter.ts';
import { findExam, listScores } from '../repository.ts';

/** An exam with its scores and absentees, whether the caller may enter scores, and whether they may now. */
export async function getExam(db: DbOrTx, auth: AuthContext, id: string): Promise<ExamDetail> {
  const exam = await findExam(db, auth.scope.townshipIds, id);
  if (!exam || !examPolicy.visible(auth, exam)) throw new AppError('RECORD.NOT_FOUND');
  const scores = (await listScores(db, id)).map((s) => presentScore(s, exam.passMark));
  // The counts from the scores at hand, not from the township's exams list.
  const summary = {
    takenCount: scores.filter((s) => !s.isAbsent).length,
    passedCount: scores.filter((s) => s.isPassed).length,
    absentCount: scores.filter((s) => s.isAbsent).length,
  };
  const abilities = examPolicy.abilities(auth, exam);
  return {
    ...presentExam(exam, summary),
    scores,
    abilities,
    allowedSteps: abilities.recordScores ? examWorkflow.allowedSteps(exam, { today: todayInChina() }) : [],
  };
}
