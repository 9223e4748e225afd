import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
// The roll of cadres and the org tree are organisation's: read through its read API (adr/0004).
import {
  orgsOfTownship,
  peopleByIds,
  peopleOfTownship,
  cadresWithOrg,
  personNameOf,
  townshipOf,
  type RollPerson,
} from '../organisation/index.ts';
import {
  lawStudyAppointments,
  lawStudyAttendances,
  lawStudyExams,
  lawStudyExamScores,
  lawStudyLaws,
  lawStudySelfStudies,
  lawStudySessions,
} from './tables.ts';

export type SessionRow = typeof lawStudySessions.$inferSelect;
export type SelfStudyRow = typeof lawStudySelfStudies.$inferSelect;
export type ExamRow = typeof lawStudyExams.$inferSelect;
export type AppointmentRow = typeof lawStudyAppointments.$inferSelect;
export type LawRow = typeof lawStudyLaws.$inferSelect;

export type { RollPerson };

/** The township's cadres (live rows), with the fields hours and rules need; no personal data. */
export async function listRoll(db: DbOrTx, townshipId: string): Promise<RollPerson[]> {
  return peopleOfTownship(db, townshipId);
}

export async function findRollPeople(db: DbOrTx, townshipId: string, ids: string[]): Promise<RollPerson[]> {
  return peopleByIds(db, townshipId, ids);
}

export async function listTownshipOrgs(db: DbOrTx, townshipId: string): Promise<{ id: string; name: string; kind: string }[]> {
  return orgsOfTownship(db, townshipId);
}

export async function townshipName(db: DbOrTx, townshipId: string): Promise<string> {
  return (await townshipOf(db, townshipId))?.name ?? '';
}

// ── Laws ─────────────────────────────────────────────────────────────────────
export async function listLaws(db: DbOrTx, townshipId: string): Promise<LawRow[]> {
  return db
    .select()
    .from(lawStudyLaws)
    .where(and(eq(lawStudyLaws.townshipId, townshipId), isNull(lawStudyLaws.deletedAt)))
    .orderBy(asc(lawStudyLaws.sortOrder), asc(lawStudyLaws.name));
}

// ── Sessions ─────────────────────────────────────────────────────────────────
export async function findSession(db: DbOrTx, townshipIds: string[] | 'all', id: string): Promise<SessionRow | null> {
  const rows = await db
    .select()
    .from(lawStudySessions)
    .where(
      and(
        eq(lawStudySessions.id, id),
        isNull(lawStudySessions.deletedAt),
        townshipIds === 'all'
          ? undefined
          : inArray(lawStudySessions.townshipId, townshipIds.length ? townshipIds : ['00000000-0000-0000-0000-000000000000']),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Rebuilds every session's stored attendance counts from its attendance rows, set-based and
 * idempotent (only sessions whose counts differ are written). The trigger keeps them on every write;
 * this is for bulk loads that bypass it and for checking. Migration 0011 backfills with the same SQL.
 */
export async function recomputeSessionAttendanceCounts(db: DbOrTx): Promise<number> {
  const result = await db.execute(sql`
    update law_study_sessions s
       set present_count = c.present, absent_count = c.absent
      from (
        select s2.id,
               count(a.id) filter (where a.is_present)::int as present,
               count(a.id) filter (where not a.is_present)::int as absent
          from law_study_sessions s2
          left join law_study_attendances a on a.session_id = s2.id
         group by s2.id
      ) c
     where s.id = c.id and (s.present_count, s.absent_count) is distinct from (c.present, c.absent)`);
  return result.rowCount ?? 0;
}

export async function listAttendance(db: DbOrTx, sessionId: string) {
  const person = cadresWithOrg;
  return db
    .select({
      personId: lawStudyAttendances.personId,
      isPresent: lawStudyAttendances.isPresent,
      absenceReason: lawStudyAttendances.absenceReason,
      personName: person.personName,
      orgId: person.orgId,
      orgName: person.orgName,
    })
    .from(lawStudyAttendances)
    .innerJoin(person, eq(person.personId, lawStudyAttendances.personId))
    .where(eq(lawStudyAttendances.sessionId, sessionId))
    .orderBy(asc(person.orgPath), asc(person.personName));
}

// ── Self-study ───────────────────────────────────────────────────────────────
export async function findSelfStudy(db: DbOrTx, townshipIds: string[] | 'all', id: string): Promise<SelfStudyRow | null> {
  const rows = await db
    .select()
    .from(lawStudySelfStudies)
    .where(
      and(
        eq(lawStudySelfStudies.id, id),
        isNull(lawStudySelfStudies.deletedAt),
        townshipIds === 'all'
          ? undefined
          : inArray(lawStudySelfStudies.townshipId, townshipIds.length ? townshipIds : ['00000000-0000-0000-0000-000000000000']),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** The hours a cadre has claimed in the year that still wait for review (shown apart, never counted). */
export async function pendingSelfStudyHours(db: DbOrTx, personId: string, year: number): Promise<{ hours: number }[]> {
  return db
    .select({ hours: lawStudySelfStudies.hours })
    .from(lawStudySelfStudies)
    .where(
      and(
        eq(lawStudySelfStudies.personId, personId),
        eq(lawStudySelfStudies.status, 'pending'),
        isNull(lawStudySelfStudies.deletedAt),
        gte(lawStudySelfStudies.studiedOn, `${year}-01-01`),
        lte(lawStudySelfStudies.studiedOn, `${year}-12-31`),
      ),
    );
}

// ── Exams ────────────────────────────────────────────────────────────────────
export async function findExam(db: DbOrTx, townshipIds: string[] | 'all', id: string): Promise<ExamRow | null> {
  const rows = await db
    .select()
    .from(lawStudyExams)
    .where(
      and(
        eq(lawStudyExams.id, id),
        isNull(lawStudyExams.deletedAt),
        townshipIds === 'all'
          ? undefined
          : inArray(lawStudyExams.townshipId, townshipIds.length ? townshipIds : ['00000000-0000-0000-0000-000000000000']),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function listScores(db: DbOrTx, examId: string) {
  const person = cadresWithOrg;
  return db
    .select({
      personId: lawStudyExamScores.personId,
      score: lawStudyExamScores.score,
      isAbsent: lawStudyExamScores.isAbsent,
      personName: person.personName,
      orgName: person.orgName,
    })
    .from(lawStudyExamScores)
    .innerJoin(person, eq(person.personId, lawStudyExamScores.personId))
    .where(eq(lawStudyExamScores.examId, examId))
    .orderBy(asc(person.orgPath), asc(person.personName));
}

// ── Appointments ─────────────────────────────────────────────────────────────
export async function listAppointments(db: DbOrTx, townshipId: string, year?: number) {
  return db
    .select({ row: lawStudyAppointments, personName: personNameOf(lawStudyAppointments.personId) })
    .from(lawStudyAppointments)
    .where(
      and(
        eq(lawStudyAppointments.townshipId, townshipId),
        isNull(lawStudyAppointments.deletedAt),
        year
          ? and(gte(lawStudyAppointments.appointedOn, `${year}-01-01`), lte(lawStudyAppointments.appointedOn, `${year}-12-31`))
          : undefined,
      ),
    )
    .orderBy(desc(lawStudyAppointments.appointedOn));
}

/** Pre-appointment exam results of the given people (every year: an exam may precede the appointment's year). */
export async function preAppointmentResults(db: DbOrTx, townshipId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({
      personId: lawStudyExamScores.personId,
      heldOn: lawStudyExams.heldOn,
      score: lawStudyExamScores.score,
      passMark: lawStudyExams.passMark,
      isAbsent: lawStudyExamScores.isAbsent,
    })
    .from(lawStudyExamScores)
    .innerJoin(lawStudyExams, eq(lawStudyExams.id, lawStudyExamScores.examId))
    .where(
      and(
        eq(lawStudyExams.townshipId, townshipId),
        isNull(lawStudyExams.deletedAt),
        eq(lawStudyExams.kind, 'preAppointment'),
        inArray(lawStudyExamScores.personId, personIds),
      ),
    );
}

// ── The ledger's raw data for a period ───────────────────────────────────────
/** The period's sessions, exams and per-cadre aggregates; with `personId`, one cadre's rows only (their hours dialog). */
export async function loadLedgerData(db: DbOrTx, townshipId: string, from: string, to: string, personId?: string) {
  const [sessions, attendances, selfStudies, exams, scores] = await Promise.all([
    db
      .select({ id: lawStudySessions.id, heldOn: lawStudySessions.heldOn, hours: lawStudySessions.hours, kind: lawStudySessions.kind })
      .from(lawStudySessions)
      .where(
        and(
          eq(lawStudySessions.townshipId, townshipId),
          isNull(lawStudySessions.deletedAt),
          gte(lawStudySessions.heldOn, from),
          lte(lawStudySessions.heldOn, to),
        ),
      ),
    // Grouped in the database: a year of a large township is 60,000 attendance rows, a few thousand groups.
    db
      .select({
        personId: lawStudyAttendances.personId,
        isPresent: lawStudyAttendances.isPresent,
        hours: lawStudySessions.hours,
        quarter: sql<number>`extract(quarter from ${lawStudySessions.heldOn})::int`,
        count: sql<number>`count(*)::int`,
      })
      .from(lawStudyAttendances)
      .innerJoin(lawStudySessions, eq(lawStudySessions.id, lawStudyAttendances.sessionId))
      .where(
        and(
          eq(lawStudySessions.townshipId, townshipId),
          isNull(lawStudySessions.deletedAt),
          gte(lawStudySessions.heldOn, from),
          lte(lawStudySessions.heldOn, to),
          personId ? eq(lawStudyAttendances.personId, personId) : undefined,
        ),
      )
      .groupBy(
        lawStudyAttendances.personId,
        lawStudyAttendances.isPresent,
        lawStudySessions.hours,
        sql`extract(quarter from ${lawStudySessions.heldOn})`,
      ),
    db
      .select({
        personId: lawStudySelfStudies.personId,
        studiedOn: lawStudySelfStudies.studiedOn,
        hours: lawStudySelfStudies.hours,
        status: lawStudySelfStudies.status,
      })
      .from(lawStudySelfStudies)
      .where(
        and(
          eq(lawStudySelfStudies.townshipId, townshipId),
          isNull(lawStudySelfStudies.deletedAt),
          gte(lawStudySelfStudies.studiedOn, from),
          lte(lawStudySelfStudies.studiedOn, to),
          personId ? eq(lawStudySelfStudies.personId, personId) : undefined,
        ),
      ),
    // The yearly law exams only: a pre-appointment exam is a condition of one leader's post, not part of the circulated results.
    db
      .select({ id: lawStudyExams.id, heldOn: lawStudyExams.heldOn, passMark: lawStudyExams.passMark, kind: lawStudyExams.kind })
      .from(lawStudyExams)
      .where(
        and(
          eq(lawStudyExams.townshipId, townshipId),
          isNull(lawStudyExams.deletedAt),
          eq(lawStudyExams.kind, 'general'),
          gte(lawStudyExams.heldOn, from),
          lte(lawStudyExams.heldOn, to),
        ),
      ),
    db
      .select({
        examId: lawStudyExamScores.examId,
        personId: lawStudyExamScores.personId,
        score: lawStudyExamScores.score,
        isAbsent: lawStudyExamScores.isAbsent,
      })
      .from(lawStudyExamScores)
      .innerJoin(lawStudyExams, eq(lawStudyExams.id, lawStudyExamScores.examId))
      .where(
        and(
          eq(lawStudyExams.townshipId, townshipId),
          isNull(lawStudyExams.deletedAt),
          eq(lawStudyExams.kind, 'general'),
          gte(lawStudyExams.heldOn, from),
          lte(lawStudyExams.heldOn, to),
          personId ? eq(lawStudyExamScores.personId, personId) : undefined,
        ),
      ),
  ]);
  return {
    sessions,
    exams,
    scores,
    attendances: attendances.map((a) => ({ ...a, hours: Number(a.hours), quarter: a.quarter as 1 | 2 | 3 | 4 })),
    selfStudies: selfStudies.map((s) => ({ ...s, status: s.status as 'pending' | 'approved' | 'rejected' })),
  };
}
