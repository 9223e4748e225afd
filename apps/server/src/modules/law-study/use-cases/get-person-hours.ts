import { computeLedger, fromTenths, hoursTarget, toTenths, type PersonHours } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { hoursParamsFor } from '../hours-params.ts';
import { personHoursPolicy } from '../policy.ts';
import { findRollPeople, loadLedgerData, pendingSelfStudyHours } from '../repository.ts';

/** One cadre of the caller's township: this year's hours against the target (the cadre dialog shows it); pending claims apart. */
export async function getPersonHours(db: DbOrTx, auth: AuthContext, personId: string, year: number): Promise<PersonHours> {
  const townshipId = auth.scope.townshipId;
  const person = townshipId ? (await findRollPeople(db, townshipId, [personId]))[0] : undefined;
  if (!person || !townshipId) throw new AppError('RECORD.NOT_FOUND');
  authorize(personHoursPolicy, auth, { townshipId, personId: person.id, orgId: person.orgId }, 'view');
  const params = await hoursParamsFor(db, townshipId, year);
  // The cadre's own rows only: the township's whole year is the bulletin's business.
  const data = await loadLedgerData(db, townshipId, `${year}-01-01`, `${year}-12-31`, personId);
  const row = computeLedger({ year, target: params, people: [person], orgs: [], ...data }).people[0]!;
  const pending = await pendingSelfStudyHours(db, personId, year);
  return {
    personId,
    year,
    sessionHours: row.sessionHours,
    selfStudyHours: row.selfStudyHours,
    totalHours: row.totalHours,
    targetHours: hoursTarget(params, year, person.joinedOn, person.leftOn),
    isShort: row.isShort,
    pendingSelfStudyHours: fromTenths(pending.reduce((s, p) => s + toTenths(p.hours), 0)),
    sessionsAttended: row.sessionsAttended,
    sessionsMissed: row.sessionsMissed,
  };
}
