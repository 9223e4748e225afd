import type { KeysetPage, QueryOf } from '@yifa/domain';
import type { proactiveDisclosureApi, Publication } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { toKeysetPage } from '../../../platform/db/keyset.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentPublication } from '../presenter.ts';
import { listPublications as publicationsPage } from '../list-publications-query.ts';

/** A page of the publications in the caller's scope (search, catalogue item, year, late), by cursor. */
export async function listPublications(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof proactiveDisclosureApi.listPublications>,
): Promise<KeysetPage<Publication>> {
  const { rows, isFirstPage } = await publicationsPage(ctx.db, auth.scope, query);
  return toKeysetPage(rows, query.pageSize, isFirstPage, (r) =>
    presentPublication(auth, r, r.catalogItemTitle === null ? undefined : { titleZh: r.catalogItemTitle, category: r.category ?? '' }),
  );
}
