import type { KeysetPage, QueryOf } from '@yifa/domain';
import type { proactiveDisclosureApi, VillageDisclosure } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import { presentFile } from '../../../platform/files/presenter.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { listVillageDisclosures as disclosuresPage } from '../list-village-disclosures-query.ts';
import { presentVillageDisclosure } from '../presenter.ts';

/** A page of the village / party affairs disclosures in the caller's scope, with their photos, by cursor. */
export async function listVillageDisclosures(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof proactiveDisclosureApi.listVillageDisclosures>,
): Promise<KeysetPage<VillageDisclosure>> {
  // One statement: the page, its villages' names and its photos (as json, timestamps as text).
  const { rows, isFirstPage } = await disclosuresPage(ctx.db, auth.scope, query);
  return toKeysetPage(rows, query.pageSize, isFirstPage, (r) =>
    presentVillageDisclosure(
      auth,
      r,
      r.orgName,
      (r.files ?? []).map((f) => presentFile({ ...f, createdAt: new Date(f.createdAt) })),
    ),
  );
}
