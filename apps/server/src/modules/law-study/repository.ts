import { and, asc, desc, eq, gte, ilike, inArray, isNull, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import {
  cappedTotalField,
  decodeCursor,
  keysetAfter,
  keysetCursorField,
  keysetOrderBy,
  type KeysetOrder,
} from '../../platform/db/keyset.ts';
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
import type { DataScope } from '../../platform/scope/data-scope.ts';
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
 * The sessions list's order: newest first, ties by entry time, then id (platform/db/keyset.ts). The
 * township leads so one index (tables.ts law_study_sessions_list_idx) serves every township's list.
 */
export const sessionListOrder: KeysetOrder = {
  keys: [
    { expr: lawStudySessions.townshipId, type: 'uuid' },
    { expr: lawStudySessions.heldOn, type: 'date' },
    { expr: lawStudySessions.createdAt, type: 'timestamptz' },
    { expr: lawStudySessions.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/** The columns the list shows (and its policy reads); the attendance counts are stored on the session. */
const sessionListColumns = {
  id: lawStudySessions.id,
  townshipId: lawStudySessions.townshipId,
  orgId: lawStudySessions.orgId,
  kind: lawStudySessions.kind,
  title: lawStudySessions.title,
  heldOn: lawStudySessions.heldOn,
  hours: lawStudySessions.hours,
  speaker: lawStudySessions.speaker,
  place: lawStudySessions.place,
  materials: lawStudySessions.materials,
  lawIds: lawStudySessions.lawIds,
  presentCount: lawStudySessions.presentCount,
  absentCount: lawStudySessions.absentCount,
  version: lawStudySessions.version,
};
export type SessionListRow = Pick<SessionRow, keyof typeof sessionListColumns>;

const yearRange = (column: AnyColumn, year: number | undefined) =>
  year ? and(gte(column, `${year}-01-01`), lte(column, `${year}-12-31`)) : undefined;

type SessionListQuery = {
  after?: string | undefined;
  pageSize: number;
  year?: number | undefined;
  kind?: string | undefined;
  q?: string | undefined;
};

/** One page of a township's sessions: one statement, one index range, the total capped on the first page. */
export async function listSessions(db: DbOrTx, townshipId: string, q: SessionListQuery) {
  return { rows: await sessionListQuery(db, townshipId, q), isFirstPage: !q.after };
}

/** The page's statement, unexecuted (bench/law-study-county.ts explains it). */
export function sessionListQuery(db: DbOrTx, townshipId: string, q: SessionListQuery) {
  const filter: SQL | undefined = and(
    eq(lawStudySessions.townshipId, townshipId),
    isNull(lawStudySessions.deletedAt),
    yearRange(lawStudySessions.heldOn, q.year),
    q.kind ? eq(lawStudySessions.kind, q.kind) : undefined,
    q.q ? ilike(lawStudySessions.title, `%${q.q}%`) : undefined,
  );
  const isFirstPage = !q.after;
  return db
    .select({
      ...sessionListColumns,
      cursor: keysetCursorField(sessionListOrder),
      total: isFirstPage
        ? cappedTotalField(
            db
              .select({ one: sql`1` })
              .from(lawStudySessions)
              .where(filter),
          )
        : sql<null>`null`,
    })
    .from(lawStudySessions)
    .where(and(filter, q.after ? keysetAfter(sessionListOrder, decodeCursor(sessionListOrder, q.after)) : undefined))
    .orderBy(...keysetOrderBy(sessionListOrder))
    .limit(q.pageSize + 1);
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

/** The self-study list's order: newest first, ties by entry time, then id (tables.ts law_study_self_studies_list_idx). */
export const selfStudyListOrder: KeysetOrder = {
  keys: [
    { expr: lawStudySelfStudies.townshipId, type: 'uuid' },
    { expr: lawStudySelfStudies.studiedOn, type: 'date' },
    { expr: lawStudySelfStudies.createdAt, type: 'timestamptz' },
    { expr: lawStudySelfStudies.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/** The columns the list shows (and its policy reads). */
const selfStudyListColumns = {
  id: lawStudySelfStudies.id,
  townshipId: lawStudySelfStudies.townshipId,
  orgId: lawStudySelfStudies.orgId,
  personId: lawStudySelfStudies.personId,
  kind: lawStudySelfStudies.kind,
  title: lawStudySelfStudies.title,
  studiedOn: lawStudySelfStudies.studiedOn,
  hours: lawStudySelfStudies.hours,
  source: lawStudySelfStudies.source,
  status: lawStudySelfStudies.status,
  reviewNote: lawStudySelfStudies.reviewNote,
  reviewedAt: lawStudySelfStudies.reviewedAt,
  importKey: lawStudySelfStudies.importKey,
  version: lawStudySelfStudies.version,
};
export type SelfStudyListRow = Pick<SelfStudyRow, keyof typeof selfStudyListColumns>;

/**
 * A page of a township's self-study claims as the caller may see them: office staff and village
 * cadres their own org's claims (and their own), an 'own' scope only their own (policy.ts seesPerson,
 * in SQL). The cadre's name is a scalar subquery, evaluated for the page's rows only.
 */
export async function listSelfStudies(db: DbOrTx, townshipId: string, scope: DataScope, ownPersonId: string | null, q: SelfStudyListQuery) {
  return { rows: await selfStudyListQuery(db, townshipId, scope, ownPersonId, q), isFirstPage: !q.after };
}
type SelfStudyListQuery = {
  after?: string | undefined;
  pageSize: number;
  status?: string | undefined;
  personId?: string | undefined;
  year?: number | undefined;
};

/** The page's statement, unexecuted (bench/law-study-county.ts explains it). */
export function selfStudyListQuery(db: DbOrTx, townshipId: string, scope: DataScope, ownPersonId: string | null, q: SelfStudyListQuery) {
  const own = ownPersonId ? eq(lawStudySelfStudies.personId, ownPersonId) : sql`false`;
  const seen: SQL | undefined =
    scope.kind === 'own'
      ? own
      : scope.orgIds !== null
        ? or(scope.orgIds.length ? inArray(lawStudySelfStudies.orgId, scope.orgIds) : sql`false`, own)
        : undefined;
  const filter = and(
    eq(lawStudySelfStudies.townshipId, townshipId),
    isNull(lawStudySelfStudies.deletedAt),
    q.status ? eq(lawStudySelfStudies.status, q.status) : undefined,
    q.personId ? eq(lawStudySelfStudies.personId, q.personId) : undefined,
    yearRange(lawStudySelfStudies.studiedOn, q.year),
    seen,
  );
  const isFirstPage = !q.after;
  return db
    .select({
      ...selfStudyListColumns,
      personName: personNameOf(lawStudySelfStudies.personId),
      cursor: keysetCursorField(selfStudyListOrder),
      total: isFirstPage
        ? cappedTotalField(
            db
              .select({ one: sql`1` })
              .from(lawStudySelfStudies)
              .where(filter),
          )
        : sql<null>`null`,
    })
    .from(lawStudySelfStudies)
    .where(and(filter, q.after ? keysetAfter(selfStudyListOrder, decodeCursor(selfStudyListOrder, q.after)) : undefined))
    .orderBy(...keysetOrderBy(selfStudyListOrder))
    .limit(q.pageSize + 1);
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

/** The exams list's order: newest first, ties by entry time, then id (tables.ts law_study_exams_list_idx). */
export const examListOrder: KeysetOrder = {
  keys: [
    { expr: lawStudyExams.townshipId, type: 'uuid' },
    { expr: lawStudyExams.heldOn, type: 'date' },
    { expr: lawStudyExams.createdAt, type: 'timestamptz' },
    { expr: lawStudyExams.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/**
 * A page of a township's exams with how many sat, passed and were absent. The counts are a scalar
 * subquery on law_study_exam_scores_uq: PostgreSQL evaluates it for the page's rows only (the
 * index scan stops at the limit), never over the whole scope. The outer columns are written out in
 * full: drizzle leaves a one-table query's columns unqualified, and inside the subquery "id" would be
 * the score's own.
 */
export async function listExams(db: DbOrTx, townshipId: string, q: ExamListQuery) {
  return { rows: await examListQuery(db, townshipId, q), isFirstPage: !q.after };
}
type ExamListQuery = { after?: string | undefined; pageSize: number; year?: number | undefined };

/** The page's statement, unexecuted (bench/law-study-county.ts explains it). */
export function examListQuery(db: DbOrTx, townshipId: string, q: ExamListQuery) {
  const filter = and(eq(lawStudyExams.townshipId, townshipId), isNull(lawStudyExams.deletedAt), yearRange(lawStudyExams.heldOn, q.year));
  const isFirstPage = !q.after;
  return db
    .select({
      id: lawStudyExams.id,
      kind: lawStudyExams.kind,
      title: lawStudyExams.title,
      heldOn: lawStudyExams.heldOn,
      fullMark: lawStudyExams.fullMark,
      passMark: lawStudyExams.passMark,
      version: lawStudyExams.version,
      // One pass over the exam's scores for its three counts: [sat, passed, absent].
      counts: sql<
        number[]
      >`(select array[count(*) filter (where not s.is_absent), count(*) filter (where not s.is_absent and s.score >= "law_study_exams"."pass_mark"), count(*) filter (where s.is_absent)]::int[] from law_study_exam_scores s where s.exam_id = "law_study_exams"."id")`,
      cursor: keysetCursorField(examListOrder),
      total: isFirstPage
        ? cappedTotalField(
            db
              .select({ one: sql`1` })
              .from(lawStudyExams)
              .where(filter),
          )
        : sql<null>`null`,
    })
    .from(lawStudyExams)
    .where(and(filter, q.after ? keysetAfter(examListOrder, decodeCursor(examListOrder, q.after)) : undefined))
    .orderBy(...keysetOrderBy(examListOrder))
    .limit(q.pageSize + 1);
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
