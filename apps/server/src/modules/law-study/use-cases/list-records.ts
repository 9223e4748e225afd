import type {
  Appointment,
  ExamDetail,
  SelfStudy,
  SelfStudyListQuery,
  SessionListQuery,
  StudySession,
  StudySessionDetail,
} from '@yifa/domain';
import { and, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { findSettings } from '../../../platform/compliance/settings-repository.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { dictionaryLabels } from '../../../platform/dictionaries/index.ts';
import { listAttachedFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { creditedHours } from '@yifa/domain';
import { personVisible, readableTownship } from '../policy.ts';
import { presentAppointment, presentExam, presentScore, presentSelfStudy, presentSession } from '../presenter.ts';
import {
  findExam,
  findSession,
  listAppointments,
  listAttendance,
  listExams,
  listLaws,
  listScores,
  listSelfStudies,
  listSessions,
  preAppointmentResults,
} from '../repository.ts';
import { lawStudySelfStudies } from '../tables.ts';

export async function getSessions(db: DbOrTx, auth: AuthContext, q: SessionListQuery) {
  const townshipId = readableTownship(auth.scope, auth.user.townshipId, q.townshipId);
  const [{ rows, total }, kinds, laws] = await Promise.all([
    listSessions(db, townshipId, q),
    dictionaryLabels(db, townshipId, 'activityKind'),
    listLaws(db, townshipId),
  ]);
  const lawMap = new Map(laws.map((l) => [l.id, l]));
  const items: StudySession[] = rows.map((r) => presentSession(r.session, kinds, lawMap, r));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getSession(db: DbOrTx, auth: AuthContext, id: string): Promise<StudySessionDetail> {
  const row = await findSession(db, auth.scope.townshipIds, id);
  if (!row) throw new AppError('RECORD.NOT_FOUND');
  const [attendance, kinds, laws, files] = await Promise.all([
    listAttendance(db, id),
    dictionaryLabels(db, row.townshipId, 'activityKind'),
    listLaws(db, row.townshipId),
    listAttachedFiles(db, auth.scope, 'lawStudySession', id),
  ]);
  const present = attendance.filter((a) => a.isPresent).length;
  return {
    ...presentSession(row, kinds, new Map(laws.map((l) => [l.id, l])), { presentCount: present, absentCount: attendance.length - present }),
    attendance: attendance.map((a) => ({ ...a, creditedHours: creditedHours(a, row.hours) })),
    fileIds: files.map((f) => f.id),
  };
}

export async function getSelfStudies(db: DbOrTx, auth: AuthContext, q: SelfStudyListQuery) {
  const townshipId = readableTownship(auth.scope, auth.user.townshipId, q.townshipId);
  const parts: SQL[] = [];
  if (q.status) parts.push(eq(lawStudySelfStudies.status, q.status));
  if (q.personId) parts.push(eq(lawStudySelfStudies.personId, q.personId));
  if (q.year) parts.push(gte(lawStudySelfStudies.studiedOn, `${q.year}-01-01`), lte(lawStudySelfStudies.studiedOn, `${q.year}-12-31`));
  // Office staff and village cadres see their own org's claims (and their own); 'own' scope only their own.
  if (auth.scope.kind === 'own') parts.push(eq(lawStudySelfStudies.personId, auth.user.personId ?? '00000000-0000-0000-0000-000000000000'));
  else if (auth.scope.orgIds !== null)
    parts.push(inArray(lawStudySelfStudies.orgId, auth.scope.orgIds.length ? auth.scope.orgIds : ['00000000-0000-0000-0000-000000000000']));
  const { rows, total } = await listSelfStudies(db, townshipId, parts.length ? and(...parts) : undefined, q.page, q.pageSize);
  const items: SelfStudy[] = rows.map((r) => presentSelfStudy(r.row, r.personName));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getExams(db: DbOrTx, auth: AuthContext, year: number | undefined, townshipIdQuery: string | undefined) {
  const townshipId = readableTownship(auth.scope, auth.user.townshipId, townshipIdQuery);
  return (await listExams(db, townshipId, year)).map((r) => presentExam(r.exam, r));
}

/** An exam with its scores and absentees; office staff see the scores of the people in their scope. */
export async function getExam(db: DbOrTx, auth: AuthContext, id: string): Promise<ExamDetail> {
  const exam = await findExam(db, auth.scope.townshipIds, id);
  if (!exam) throw new AppError('RECORD.NOT_FOUND');
  const scores = await listScores(db, id);
  const summary = (await listExams(db, exam.townshipId)).find((e) => e.exam.id === id)!;
  return { ...presentExam(exam, summary), scores: scores.map((s) => presentScore(s, exam.passMark)) };
}

export async function getAppointments(
  db: DbOrTx,
  auth: AuthContext,
  year: number | undefined,
  townshipIdQuery: string | undefined,
): Promise<Appointment[]> {
  const townshipId = readableTownship(auth.scope, auth.user.townshipId, townshipIdQuery);
  const rows = await listAppointments(db, townshipId, year);
  const results = await preAppointmentResults(db, townshipId, [...new Set(rows.map((r) => r.row.personId))]);
  const saved = await findSettings(
    db,
    townshipId,
    'law-study.pre-appointment-exams',
    year ?? Number(rows[0]?.row.appointedOn.slice(0, 4) ?? 0),
  );
  const maxDays = (saved?.params as { maxDaysBefore?: number } | null)?.maxDaysBefore ?? 365;
  return rows
    .filter((r) => personVisible(auth.scope, auth.user.personId, { id: r.row.personId, orgId: r.row.orgId }))
    .map((r) =>
      presentAppointment(
        r.row,
        r.personName,
        results.filter((x) => x.personId === r.row.personId),
        maxDays,
      ),
    );
}
