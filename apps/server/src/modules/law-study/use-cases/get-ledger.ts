import {
  computeLedger,
  fromTenths,
  hoursTarget,
  toTenths,
  type Ledger,
  type LedgerQuery,
  type PersonHours,
  type Quarter,
} from '@yifa/domain';
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { hoursParamsFor } from '../compliance/params.ts';
import { personVisible, readableTownship } from '../policy.ts';
import { findRollPeople, listRoll, listTownshipOrgs, loadLedgerData } from '../repository.ts';
import { lawStudySelfStudies } from '../tables.ts';

/** The ledger of a township for a year or quarter, for everyone on the roll that year (the hours setting's population). */
export async function ledgerOf(db: DbOrTx, townshipId: string, year: number, quarter: Quarter | null): Promise<Ledger> {
  const params = await hoursParamsFor(db, townshipId, year);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [roll, orgs, data] = await Promise.all([
    listRoll(db, townshipId),
    listTownshipOrgs(db, townshipId),
    loadLedgerData(db, townshipId, from, to),
  ]);
  const counted = roll.filter(
    (p) => (!p.joinedOn || p.joinedOn <= to) && (!p.leftOn || p.leftOn > from) && (!params.onlyCivilServants || p.isCivilServant),
  );
  return computeLedger({ year, quarter, target: params, people: counted, orgs, ...data });
}

/** The ledger as the caller may see it: their scope's people only, optionally one org. */
export async function getLedger(db: DbOrTx, auth: AuthContext, q: LedgerQuery): Promise<Ledger> {
  const townshipId = readableTownship(auth.scope, auth.user.townshipId, q.townshipId);
  const ledger = await ledgerOf(db, townshipId, q.year, (q.quarter ?? null) as Quarter | null);
  const people = ledger.people.filter(
    (p) => personVisible(auth.scope, auth.user.personId, { id: p.personId, orgId: p.orgId }) && (!q.orgId || p.orgId === q.orgId),
  );
  const orgIds = new Set(people.map((p) => p.orgId));
  return { ...ledger, people, orgs: ledger.orgs.filter((o) => orgIds.has(o.orgId)) };
}

/** One cadre's hours this year against the target (the cadre drawer shows it); pending claims shown apart. */
export async function getPersonHours(db: DbOrTx, auth: AuthContext, personId: string, year: number): Promise<PersonHours> {
  const townshipId = auth.user.townshipId;
  const person = townshipId ? (await findRollPeople(db, townshipId, [personId]))[0] : undefined;
  if (!person || !personVisible(auth.scope, auth.user.personId, person)) throw new AppError('RECORD.NOT_FOUND');
  const params = await hoursParamsFor(db, townshipId!, year);
  const data = await loadLedgerData(db, townshipId!, `${year}-01-01`, `${year}-12-31`);
  const ledger = computeLedger({ year, target: params, people: [person], orgs: [], ...data });
  const row = ledger.people[0]!;
  const pending = await db
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
