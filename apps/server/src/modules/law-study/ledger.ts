import { computeLedger, type Ledger, type Quarter } from '@yifa/domain/law-study';
import type { DbOrTx } from '../../platform/db/client.ts';
import { hoursParamsFor } from './hours-params.ts';
import { listRoll, listTownshipOrgs, loadLedgerData } from './repository.ts';

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
