import type { CreateExamRequest, SaveScoresRequest } from '@yifa/domain';
import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { writableTownship } from '../policy.ts';
import { findExam, type ExamRow } from '../repository.ts';
import { lawStudyExams, lawStudyExamScores } from '../tables.ts';
import { requireRollPeople } from './check-people.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';

export async function createExam(ctx: AppContext, auth: AuthContext, input: CreateExamRequest): Promise<ExamRow> {
  const townshipId = writableTownship(auth);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(lawStudyExams)
      .values({
        townshipId,
        orgId: townshipId,
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        fullMark: input.fullMark,
        passMark: input.passMark,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'law-study.exam.create',
      entityType: 'lawStudyExam',
      entityId: row!.id,
      townshipId,
      after: input,
    });
    return row!;
  });
}

export interface ScoreWrite {
  personId: string;
  score: number | null;
  isAbsent: boolean;
}

/**
 * Upserts scores by (exam, person): the natural key, so entering or importing the same score twice
 * changes nothing. Returns how many rows were created, changed and left as they were.
 */
/** A recorded score the write replaced: what it was and what it became. */
export interface ScoreChange {
  personId: string;
  before: { score: number | null; isAbsent: boolean };
  after: { score: number | null; isAbsent: boolean };
}

export async function upsertScores(
  tx: Tx,
  townshipId: string,
  exam: ExamRow,
  scores: ScoreWrite[],
): Promise<{ created: number; updated: number; unchanged: number; changed: ScoreChange[] }> {
  const existing = new Map(
    (await tx.select().from(lawStudyExamScores).where(eq(lawStudyExamScores.examId, exam.id))).map((s) => [s.personId, s]),
  );
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  // An exam may be planned ahead, but a score is a record of an exam sat: none before the exam day.
  if (scores.length && exam.heldOn > todayInChina()) {
    const reason = `考试日期${exam.heldOn}晚于今天，考试尚未举行，不能录入成绩`;
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      userMessage: reason,
      invalidParams: [{ name: 'body.scores', code: 'examNotHeld', reason }],
    });
  }
  const changed: ScoreChange[] = [];
  const toWrite: (typeof lawStudyExamScores.$inferInsert)[] = [];
  for (const s of scores) {
    const score = s.isAbsent ? null : s.score;
    const old = existing.get(s.personId);
    if (old && old.isAbsent === s.isAbsent && old.score === score) {
      unchanged++;
      continue;
    }
    if (old) {
      updated++;
      changed.push({ personId: s.personId, before: { score: old.score, isAbsent: old.isAbsent }, after: { score, isAbsent: s.isAbsent } });
    } else created++;
    toWrite.push({ townshipId, examId: exam.id, personId: s.personId, score, isAbsent: s.isAbsent });
  }
  if (toWrite.length) {
    await tx
      .insert(lawStudyExamScores)
      .values(toWrite)
      .onConflictDoUpdate({
        target: [lawStudyExamScores.examId, lawStudyExamScores.personId],
        set: { score: sql`excluded.score`, isAbsent: sql`excluded.is_absent` },
      });
  }
  return { created, updated, unchanged, changed };
}

export async function saveScores(ctx: AppContext, auth: AuthContext, examId: string, input: SaveScoresRequest) {
  const townshipId = writableTownship(auth);
  return ctx.db.transaction(async (tx) => {
    const exam = await findExam(tx, [townshipId], examId);
    if (!exam) throw new AppError('RECORD.NOT_FOUND');
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
