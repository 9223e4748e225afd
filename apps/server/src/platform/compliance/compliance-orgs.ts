import { orgsOfTownships } from '../../modules/organisation/index.ts';
import type { DbOrTx } from '../db/client.ts';
import type { DataScope } from '../scope/data-scope.ts';
import type { ComplianceOrg } from './registry.ts';

export interface ComplianceTownship {
  id: string;
  name: string;
  /** The orgs whose results the caller may see. */
  orgs: ComplianceOrg[];
  /** Every org of the township: what a township's figures are computed for (then filtered to `orgs`). */
  allOrgs: ComplianceOrg[];
}

/**
 * The townships the caller may see (one, or a county reviewer's several) with the orgs whose results
 * they may see: every org for township-wide scopes, their own org(s) for office staff and village
 * cadres. A scope of one's own records only ('own') sees no org results.
 */
export async function townshipsInScope(db: DbOrTx, scope: DataScope, onlyTownshipId?: string): Promise<ComplianceTownship[]> {
  let ids: string[] | 'all' = scope.townshipIds;
  if (onlyTownshipId) {
    if (ids !== 'all' && !ids.includes(onlyTownshipId)) return [];
    ids = [onlyTownshipId];
  }
  if (ids !== 'all' && ids.length === 0) return [];
  const rows = await orgsOfTownships(db, ids);
  const townships = rows.filter((r) => r.kind === 'township');
  const visible = (id: string) => scope.kind !== 'own' && (scope.orgIds === null || scope.orgIds.includes(id));
  return townships.map((t) => {
    const allOrgs = rows
      .filter((r) => r.townshipId === t.id && r.kind !== 'county')
      .map((r) => ({ id: r.id, name: r.name, kind: r.kind as ComplianceOrg['kind'] }));
    return { id: t.id, name: t.name, orgs: allOrgs.filter((o) => visible(o.id)), allOrgs };
  });
}
