import {
  checkPreAppointmentExam,
  isPassingScore,
  type Appointment,
  type Exam,
  type RollPerson,
  type SelfStudy,
  type StudyLaw,
  type StudySession,
} from '@yifa/domain/law-study';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { allowedReviewSteps, selfStudyAbilities, sessionAbilities } from './policy.ts';
import type { AppointmentRow, ExamRow, LawRow, RollPerson as RollRow, SessionRow } from './repository.ts';
import type { SelfStudyListRow } from './self-study-list.ts';

// Row → response. Nothing leaves the server that the presenter did not choose. Study records hold
// no personal data beyond a cadre's name (shown on the roll to every member of the township).

export function presentLaw(row: LawRow): StudyLaw {
  return { id: row.id, name: row.name, sortOrder: row.sortOrder };
}

/** The roll to pick attendees from: cadres still in post, in the org tree's order, with their org's name. */
export function presentRoll(roll: RollRow[], orgs: { id: string; name: string }[]): RollPerson[] {
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const order = new Map(orgs.map((o, i) => [o.id, i]));
  return roll
    .filter((p) => !p.leftOn)
    .sort((x, y) => (order.get(x.orgId) ?? 0) - (order.get(y.orgId) ?? 0))
    .map((p) => ({
      id: p.id,
      name: p.name,
      orgId: p.orgId,
      orgName: names.get(p.orgId) ?? '',
      isLeader: p.isLeader,
      isCivilServant: p.isCivilServant,
    }));
}

/** A session as the list and the detail show it: the kind's label and the laws' names already looked up. */
export type SessionView = Pick<
  SessionRow,
  'id' | 'townshipId' | 'orgId' | 'kind' | 'title' | 'heldOn' | 'hours' | 'speaker' | 'place' | 'materials' | 'version'
> & { kindLabel: string | null; laws: { id: string; name: string }[]; presentCount: number; absentCount: number };

export function presentSession(auth: AuthContext, row: SessionView): StudySession {
  return {
    id: row.id,
    townshipId: row.townshipId,
    orgId: row.orgId,
    kind: row.kind,
    kindLabel: row.kindLabel ?? row.kind,
    title: row.title,
    heldOn: row.heldOn,
    hours: row.hours,
    speaker: row.speaker,
    place: row.place,
    materials: row.materials,
    laws: row.laws,
    presentCount: Number(row.presentCount),
    absentCount: Number(row.absentCount),
    version: row.version,
    abilities: sessionAbilities(auth, row),
  };
}

export function presentSelfStudy(auth: AuthContext, row: SelfStudyListRow, personName: string): SelfStudy {
  return {
    id: row.id,
    personId: row.personId,
    personName,
    orgId: row.orgId,
    kind: row.kind as SelfStudy['kind'],
    title: row.title,
    studiedOn: row.studiedOn,
    hours: row.hours,
    source: row.source,
    status: row.status as SelfStudy['status'],
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    isImported: row.importKey !== null,
    version: row.version,
    abilities: selfStudyAbilities(auth, row),
    allowedSteps: allowedReviewSteps(auth, row),
  };
}

export function presentExam(
  row: Pick<ExamRow, 'id' | 'kind' | 'title' | 'heldOn' | 'fullMark' | 'passMark' | 'version'>,
  counts: { takenCount: number; passedCount: number; absentCount: number },
): Exam {
  return {
    id: row.id,
    kind: row.kind as Exam['kind'],
    title: row.title,
    heldOn: row.heldOn,
    fullMark: row.fullMark,
    passMark: row.passMark,
    takenCount: Number(counts.takenCount),
    passedCount: Number(counts.passedCount),
    absentCount: Number(counts.absentCount),
    version: row.version,
  };
}

export function presentScore(
  s: { personId: string; personName: string; orgName: string | null; score: number | null; isAbsent: boolean },
  passMark: number,
) {
  return { ...s, isPassed: !s.isAbsent && isPassingScore(s.score, passMark) };
}

export function presentAppointment(
  row: AppointmentRow,
  personName: string,
  results: { heldOn: string; score: number | null; passMark: number; isAbsent: boolean }[],
  maxDaysBefore: number,
): Appointment {
  const check = checkPreAppointmentExam(row.appointedOn, results, maxDaysBefore);
  return {
    id: row.id,
    personId: row.personId,
    personName,
    post: row.post,
    appointedOn: row.appointedOn,
    examHeldOn: check.examHeldOn,
    isCovered: check.isCovered,
    version: row.version,
  };
}
