import { examWorkflow } from '@yifa/domain/law-study';
import { eq, sql } from 'drizzle-orm';
import { todayInChina } from '../../platform/calendar/today.ts';
import type { Tx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ExamRow } from './repository.ts';
import { lawStudyExamScores } from './tables.ts';

// Writing scores, shared by the score form (save-scores) and the Excel import (imports/scores-import).

export interface ScoreWrite {
  personId: string;
  score: number | null;
  isAbsent: boolean;
}

/** A recorded score the write replaced: what it was and what it became. */
export interface ScoreChange {
  personId: string;
  before: { score: number | null; isAbsent: boolean };
  after: { score: number | null; isAbsent: boolean };
}

/**
 * Upserts scores by (exam, person): the natural key, so entering or importing the same score twice
 * changes nothing. Returns how many rows were created, changed and left as they were.
 */
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
  // An exam may be planned ahead, but a score is a record of an exam sat: none before the exam day (examWorkflow).
  const refusal = scores.length ? examWorkflow.refusal('recordScores', exam, { today: todayInChina() }) : null;
  if (refusal) {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      userMessage: refusal.reasonZh,
      invalidParams: [{ name: 'body.scores', code: 'examNotHeld', reason: refusal.reasonZh }],
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
