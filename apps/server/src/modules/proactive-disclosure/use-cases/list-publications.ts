import type { QueryOf } from '@yifa/domain';
import type { proactiveDisclosureApi, Publication } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentPublication } from '../presenter.ts';
import { catalogItemsByIds, listPublications as publicationsPage } from '../repository.ts';

/** A page of the publications in the caller's scope (search, catalogue item, year, late). */
export async function listPublications(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof proactiveDisclosureApi.listPublications>,
): Promise<{ items: Publication[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await publicationsPage(ctx.db, auth.scope, query);
  const items = await catalogItemsByIds(
    ctx.db,
    rows.map((r) => r.catalogItemId),
  );
  return {
    items: rows.map((r) => presentPublication(auth, r, items.get(r.catalogItemId))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
