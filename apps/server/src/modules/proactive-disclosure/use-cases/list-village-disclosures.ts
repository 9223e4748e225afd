import type { QueryOf } from '@yifa/domain';
import type { proactiveDisclosureApi, VillageDisclosure } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { VILLAGE_DISCLOSURE_ENTITY } from '../entities.ts';
import { presentVillageDisclosure } from '../presenter.ts';
import { filesOfRecords, listVillageDisclosures as disclosuresPage, orgNames } from '../repository.ts';

/** A page of the village / party affairs disclosures in the caller's scope, with their photos. */
export async function listVillageDisclosures(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof proactiveDisclosureApi.listVillageDisclosures>,
): Promise<{ items: VillageDisclosure[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await disclosuresPage(ctx.db, auth.scope, query);
  const [names, fileMap] = await Promise.all([
    orgNames(
      ctx.db,
      rows.map((r) => r.orgId),
    ),
    filesOfRecords(
      ctx.db,
      auth.scope,
      VILLAGE_DISCLOSURE_ENTITY,
      rows.map((r) => r.id),
    ),
  ]);
  return {
    items: rows.map((r) => presentVillageDisclosure(auth, r, names, fileMap.get(r.id) ?? [])),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
