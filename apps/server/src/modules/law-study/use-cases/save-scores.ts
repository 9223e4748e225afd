import type { BodyOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { examPolicy } from '../policy.ts';
import { findExam } from '../repository.ts';
import { requireRollPeople } from '../roll-people.ts';
import { upsertScores } from '../scores.ts';

/** Enters an exam's scores and absentees, by cadre (the same score twice changes nothing). */
export async function saveScores(ctx: AppContext, auth: AuthContext, examId: string, input: BodyOf<typeof lawStudyApi.saveScores>) {
  return ctx.db.transaction(async (tx) => {
    const exam = authorize(examPolicy, auth, await findExam(tx, auth.scope.townshipIds, examId), 'recordScores');
    const townshipId = exam.townshipId;
    await requireRollPeople(
      tx,
      townshipId,
      input.scores.map((s) => s.personId),
      (i) => `body.scores.${i}.personId`,
    );
    const seen = new Set<string>();
    input.scores.forEach((s, i) => {
      if (seen.has(s.personId))
        throw new AppError('REQUEST.VALIDATION_FAILED', {
          invalidParams: [{ name: `body.scores.${i}.personId`, code: 'duplicate', reason: '同一干部不能重复登记成绩' }],
        });
      seen.add(s.personId);
      if (s.score !== null && s.score > exam.fullMark)
        throw new AppError('REQUEST.VALIDATION_FAILED', {
          invalidParams: [{ name: `body.scores.${i}.score`, code: 'tooBig', reason: `成绩不能高于满分${exam.fullMark}` }],
        });
    });
    const { changed: _changed, ...counts } = await upsertScores(tx, townshipId, exam, input.scores);
    await writeAudit(tx, actorOf(auth), {
      action: 'law-study.exam.scores',
      entityType: 'lawStudyExam',
      entityId: examId,
      townshipId,
      after: { ...counts, scores: input.scores },
    });
    return counts;
  });
}
