import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns, idColumn } from '../../platform/db/columns.ts';

// Hours and scores are numeric (exact decimals), read back as numbers by the repository.
const hoursColumn = (name: string) => numeric(name, { precision: 5, scale: 1, mode: 'number' });
const scoreColumn = (name: string) => numeric(name, { precision: 6, scale: 1, mode: 'number' });

/** The laws a township picks from when recording a session (学习的法律法规); extendable. */
export const lawStudyLaws = pgTable(
  'law_study_laws',
  {
    id: idColumn(),
    ...businessColumns(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('law_study_laws_name_uq')
      .on(t.townshipId, t.name)
      .where(sql`${t.deletedAt} is null`),
  ],
);

/**
 * A collective study session (学法活动). `kind` is an activityKind dictionary code. `importKey`
 * is the natural key of a session created by an attendance import (date|kind|title), so a second
 * import finds it instead of creating it again.
 */
export const lawStudySessions = pgTable(
  'law_study_sessions',
  {
    id: idColumn(),
    ...businessColumns(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    hours: hoursColumn('hours').notNull(),
    speaker: text('speaker'),
    place: text('place'),
    materials: text('materials'),
    lawIds: uuid('law_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    importKey: text('import_key'),
    /**
     * How many attendance rows are present / absent, stored so the list reads them instead of counting
     * attendance per row (issue 10). Kept by a statement trigger on law_study_attendances (migration
     * 0011, hand-written part), so every write path — recording, import, a replaced list — keeps them in
     * the same transaction; repository.ts recomputeSessionAttendanceCounts rebuilds them.
     */
    presentCount: integer('present_count').notNull().default(0),
    absentCount: integer('absent_count').notNull().default(0),
  },
  (t) => [
    check('law_study_sessions_hours_check', sql`${t.hours} > 0`),
    index('law_study_sessions_township_held_idx').on(t.townshipId, t.heldOn),
    // The list's order (session-list.ts sessionListOrder): a page is an index range, never a sort.
    index('law_study_sessions_list_idx')
      .on(t.townshipId, t.heldOn, t.createdAt, t.id)
      .where(sql`${t.deletedAt} is null`),
    uniqueIndex('law_study_sessions_import_key_uq')
      .on(t.townshipId, t.importKey)
      .where(sql`${t.deletedAt} is null and ${t.importKey} is not null`),
  ],
);

/** One cadre at one session: present (credited the session's hours) or absent with a reason. */
export const lawStudyAttendances = pgTable(
  'law_study_attendances',
  {
    id: idColumn(),
    townshipId: uuid('township_id').notNull(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => lawStudySessions.id),
    personId: uuid('person_id').notNull(),
    isPresent: boolean('is_present').notNull(),
    absenceReason: text('absence_reason'),
  },
  (t) => [
    uniqueIndex('law_study_attendances_uq').on(t.sessionId, t.personId),
    // The ledger groups a period's attendance per cadre from its sessions: with presence in the index
    // that is an index-only range per session, never a scan of every township's attendance (issue 10).
    index('law_study_attendances_session_idx').on(t.sessionId, t.isPresent, t.personId),
    index('law_study_attendances_person_idx').on(t.personId),
    index('law_study_attendances_township_idx').on(t.townshipId),
  ],
);

/** Self-study or online study claimed on evidence; counts once approved by the ledger office. */
export const lawStudySelfStudies = pgTable(
  'law_study_self_studies',
  {
    id: idColumn(),
    ...businessColumns(),
    personId: uuid('person_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    studiedOn: date('studied_on').notNull(),
    hours: hoursColumn('hours').notNull(),
    source: text('source'),
    status: text('status').notNull().default('pending'),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** Natural key of a row from a platform's hour export (platform|record number or person|date|title). */
    importKey: text('import_key'),
  },
  (t) => [
    check('law_study_self_studies_status_check', sql`${t.status} in ('pending', 'approved', 'rejected')`),
    check('law_study_self_studies_kind_check', sql`${t.kind} in ('selfStudy', 'online')`),
    index('law_study_self_studies_person_idx').on(t.personId, t.studiedOn),
    index('law_study_self_studies_township_idx').on(t.townshipId, t.studiedOn),
    // The list's order (self-study-list.ts selfStudyListOrder).
    index('law_study_self_studies_list_idx')
      .on(t.townshipId, t.studiedOn, t.createdAt, t.id)
      .where(sql`${t.deletedAt} is null`),
    uniqueIndex('law_study_self_studies_import_key_uq')
      .on(t.townshipId, t.importKey)
      .where(sql`${t.deletedAt} is null and ${t.importKey} is not null`),
  ],
);

export const lawStudyExams = pgTable(
  'law_study_exams',
  {
    id: idColumn(),
    ...businessColumns(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    fullMark: scoreColumn('full_mark').notNull(),
    passMark: scoreColumn('pass_mark').notNull(),
  },
  (t) => [
    check('law_study_exams_kind_check', sql`${t.kind} in ('general', 'preAppointment')`),
    index('law_study_exams_township_held_idx').on(t.townshipId, t.heldOn),
    // The list's order (exam-list.ts examListOrder).
    index('law_study_exams_list_idx')
      .on(t.townshipId, t.heldOn, t.createdAt, t.id)
      .where(sql`${t.deletedAt} is null`),
  ],
);

/** A cadre's result in one exam: a score, or absent (缺考). */
export const lawStudyExamScores = pgTable(
  'law_study_exam_scores',
  {
    id: idColumn(),
    townshipId: uuid('township_id').notNull(),
    examId: uuid('exam_id')
      .notNull()
      .references(() => lawStudyExams.id),
    personId: uuid('person_id').notNull(),
    score: scoreColumn('score'),
    isAbsent: boolean('is_absent').notNull().default(false),
  },
  (t) => [
    uniqueIndex('law_study_exam_scores_uq').on(t.examId, t.personId),
    // An exams page counts each exam's sat / passed / absent: an index-only range per exam (issue 10).
    index('law_study_exam_scores_exam_idx').on(t.examId, t.isAbsent, t.score),
    index('law_study_exam_scores_person_idx').on(t.personId),
    check('law_study_exam_scores_check', sql`${t.isAbsent} or ${t.score} is not null`),
  ],
);

/** A leader's appointment to a post; it should follow a passed 任前法律知识考试. */
export const lawStudyAppointments = pgTable(
  'law_study_appointments',
  {
    id: idColumn(),
    ...businessColumns(),
    personId: uuid('person_id').notNull(),
    post: text('post').notNull(),
    appointedOn: date('appointed_on').notNull(),
  },
  (t) => [index('law_study_appointments_township_idx').on(t.townshipId, t.appointedOn)],
);

/** Files imported once: the same file (SHA-256) for the same target is a no-op the second time. */
export const lawStudyImports = pgTable(
  'law_study_imports',
  {
    id: idColumn(),
    ...businessColumns(),
    kind: text('kind').notNull(),
    targetId: uuid('target_id'),
    sha256: text('sha256').notNull(),
    rowCount: integer('row_count').notNull(),
    created: integer('created').notNull(),
    updated: integer('updated').notNull(),
  },
  (t) => [
    uniqueIndex('law_study_imports_file_uq').on(
      t.townshipId,
      t.kind,
      sql`coalesce(${t.targetId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.sha256,
    ),
  ],
);
