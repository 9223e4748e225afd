import { creditedHours, type StudySessionDetail } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { dictionaryLabels } from '../../../platform/dictionaries/index.ts';
import { listAttachedFiles } from '../../../platform/files/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { sessionPolicy } from '../policy.ts';
import { presentSession } from '../presenter.ts';
import { findSession, listAttendance, listLaws } from '../repository.ts';

/** One session with its attendance (credited hours per cadre) and its files. */
export async function getSession(db: DbOrTx, auth: AuthContext, id: string): Promise<StudySessionDetail> {
  const row = await findSession(db, auth.scope.townshipIds, id);
  if (!row || !sessionPolicy.visible(auth, row)) throw new AppError('RECORD.NOT_FOUND');
  const [attendance, kinds, laws, files] = await Promise.all([
    listAttendance(db, id),
    dictionaryLabels(db, row.townshipId, 'activityKind'),
    listLaws(db, row.townshipId),
    listAttachedFiles(db, auth.scope, 'lawStudySession', id),
  ]);
  const present = attendance.filter((a) => a.isPresent).length;
  const lawNames = new Map(laws.map((l) => [l.id, l.name]));
  return {
    ...presentSession(auth, {
      ...row,
      kindLabel: kinds.get(row.kind)?.labelZh ?? null,
      // As the list (session-list.ts): the session's live laws in its order.
      laws: row.lawIds.map((lawId) => ({ id: lawId, name: lawNames.get(lawId) ?? '' })).filter((l) => l.name),
      presentCount: present,
      absentCount: attendance.length - present,
    }),
    attendance: attendance.map((a) => ({ ...a, creditedHours: creditedHours(a, row.hours) })),
    fileIds: files.map((f) => f.id),
  };
}
