import type { KeysetPage, QueryOf } from '@yifa/domain';
import type { proactiveDisclosureApi, VillageDisclosure } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { VILLAGE_DISCLOSURE_ENTITY } from '../entities.ts';
import { presentVillageDisclosure } from '../presenter.ts';
import { filesOfRecords, listVillageDisclosures as disclosuresPage, orgNames } from '../repository.ts';

/** A page of the village / party affairs disclosures in the caller's scope, with their photos, by cursor. */
export async function listVillageDisclosures(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof proactiveDisclosureApi.listVillageDisclosures>,
): Promise<KeysetPage<VillageDisclosure>> {
  const { rows, isFirstPage } = await disclosuresPage(ctx.db, auth.scope, query);
  const shown = rows.slice(0, query.pageSize).map((r) => r.row);
  // The page's villages and photos: two lookups by the page's ids, whatever the scope's size.
  const [names, fileMap] = await Promise.all([
    orgNames(
      ctx.db,
      shown.map((r) => r.orgId),
    ),
    filesOfRecords(
      ctx.db,
      auth.scope,
      VILLAGE_DISCLOSURE_ENTITY,
      shown.map((r) => r.id),
    ),
  ]);
  return toKeysetPage(rows, query.pageSize, isFirstPage, (r) => presentVillageDisclosure(auth, r.row, names, fileMap.get(r.row.id) ?? []));
}
