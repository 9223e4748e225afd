import type { QueryOf } from '@yifa/domain';
import type { Org, organisationApi } from '@yifa/domain/organisation';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { presentOrg } from '../presenter.ts';
import { listOrgs as listOrgRows } from '../repository.ts';

/** The caller's org tree (every node, in path order), or one named township's tree (`?townshipId=`). */
export async function listOrgs(ctx: AppContext, auth: AuthContext, query: QueryOf<typeof organisationApi.listOrgs>): Promise<Org[]> {
  const townshipId = query.townshipId ? await resolveTownship(ctx.db, auth, query.townshipId, 'read') : undefined;
  return (await listOrgRows(ctx.db, auth.scope, townshipId)).map((row) => presentOrg(auth, row));
}
