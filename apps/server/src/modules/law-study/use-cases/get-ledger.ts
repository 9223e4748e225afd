import type { QueryOf } from '@yifa/domain';
import type { LedgerView, Quarter, lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { ledgerOf } from '../ledger.ts';
import { ledgerPolicy, seesPerson } from '../policy.ts';

/** The ledger as the caller may see it: their scope's people only, optionally one org; and whether they may issue the bulletin. */
export async function getLedger(db: DbOrTx, auth: AuthContext, q: QueryOf<typeof lawStudyApi.getLedger>): Promise<LedgerView> {
  const townshipId = await resolveTownship(db, auth, q.townshipId, 'read');
  const ledger = await ledgerOf(db, townshipId, q.year, (q.quarter ?? null) as Quarter | null);
  const people = ledger.people.filter(
    (p) => seesPerson(auth, { townshipId, personId: p.personId, orgId: p.orgId }) && (!q.orgId || p.orgId === q.orgId),
  );
  const orgIds = new Set(people.map((p) => p.orgId));
  return {
    ...ledger,
    people,
    orgs: ledger.orgs.filter((o) => orgIds.has(o.orgId)),
    abilities: ledgerPolicy.abilities(auth, { townshipId }),
  };
}
