import type { QueryOf } from '@yifa/domain';
import type { Appointment, lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { findSettings } from '../../../platform/compliance/settings-repository.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { personHoursPolicy } from '../policy.ts';
import { presentAppointment } from '../presenter.ts';
import { listAppointments as listAppointmentRows, preAppointmentResults } from '../repository.ts';

/**
 * Leaders' appointments of a year with whether a passed pre-appointment exam covers each
 * (任前法律知识考试); the caller sees the appointments of the cadres they see.
 */
export async function listAppointments(
  db: DbOrTx,
  auth: AuthContext,
  q: QueryOf<typeof lawStudyApi.listAppointments>,
): Promise<Appointment[]> {
  const townshipId = await resolveTownship(db, auth, q.townshipId, 'read');
  const rows = await listAppointmentRows(db, townshipId, q.year);
  const results = await preAppointmentResults(db, townshipId, [...new Set(rows.map((r) => r.row.personId))]);
  const saved = await findSettings(
    db,
    townshipId,
    'law-study.pre-appointment-exams',
    q.year ?? Number(rows[0]?.row.appointedOn.slice(0, 4) ?? 0),
  );
  const maxDays = (saved?.params as { maxDaysBefore?: number } | null)?.maxDaysBefore ?? 365;
  return rows
    .filter((r) => personHoursPolicy.visible(auth, r.row))
    .map((r) =>
      presentAppointment(
        r.row,
        r.personName,
        results.filter((x) => x.personId === r.row.personId),
        maxDays,
      ),
    );
}
