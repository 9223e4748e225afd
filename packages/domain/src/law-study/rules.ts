import { dayNumber, isPassingScore, yearOf } from './hours.ts';

/**
 * The kinds of collective study (dictionary activityKind, built-in codes) and the one the
 * leaders' training class commitment counts: "每年至少举行一期领导干部法治专题培训班" (2021 report).
 */
export const COLLECTIVE_SESSION_KINDS = [
  'theoryCenterGroup',
  'collective',
  'preMeeting',
  'lecture',
  'trainingClass',
  'leaderTrainingClass',
] as const;
export const LEADER_TRAINING_KIND = 'leaderTrainingClass';

/** Sessions of the given kinds held in `year` (China dates: 31 December counts in its year). */
export function countSessionsInYear(sessions: { heldOn: string; kind: string }[], year: number, kinds: readonly string[]): number {
  return sessions.filter((s) => yearOf(s.heldOn) === year && kinds.includes(s.kind)).length;
}

export interface PreAppointmentCheck {
  /** The passed exam that covers the appointment, if any. */
  examHeldOn: string | null;
  isCovered: boolean;
}

/**
 * 任前法律知识考试: an appointment is covered by a passed pre-appointment exam held on or before
 * the appointment date and not more than `maxDaysBefore` days earlier. An exam after the
 * appointment does not cover it (the exam is a condition of taking the post).
 */
export function checkPreAppointmentExam(
  appointedOn: string,
  results: { heldOn: string; score: number | null; passMark: number; isAbsent: boolean }[],
  maxDaysBefore: number,
): PreAppointmentCheck {
  const day = dayNumber(appointedOn);
  const passed = results
    .filter((r) => !r.isAbsent && isPassingScore(r.score, r.passMark))
    .filter((r) => {
      const d = dayNumber(r.heldOn);
      return d <= day && day - d <= maxDaysBefore;
    })
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return { examHeldOn: passed[0]?.heldOn ?? null, isCovered: passed.length > 0 };
}

/** Share of the expected cadres who sat the exams (absentees do not count), in whole percent, rounded down. */
export function participationPercent(expected: number, sat: number): number {
  if (expected === 0) return 100;
  return Math.floor((sat * 100) / expected);
}
