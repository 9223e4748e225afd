import type { RollPerson } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { presentRoll } from '../presenter.ts';
import { listRoll as listRollRows, listTownshipOrgs } from '../repository.ts';

/** The township's cadres in post to pick attendees from (names and orgs only, no personal data). */
export async function listRoll(db: DbOrTx, auth: AuthContext, requestedTownshipId: string | undefined): Promise<RollPerson[]> {
  const townshipId = await resolveTownship(db, auth, requestedTownshipId, 'read');
  const [roll, orgs] = await Promise.all([listRollRows(db, townshipId), listTownshipOrgs(db, townshipId)]);
  return presentRoll(roll, orgs);
}
