import type { CatalogItem } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentCatalogItem } from '../presenter.ts';
import { listCatalogItems, orgNames } from '../repository.ts';

/** The disclosure catalogue of the townships the caller sees (条例第二十条、第二十一条), in its order. */
export async function listCatalog(ctx: AppContext, auth: AuthContext): Promise<CatalogItem[]> {
  const rows = await listCatalogItems(ctx.db, auth.scope);
  const names = await orgNames(
    ctx.db,
    rows.map((r) => r.responsibleOrgId),
  );
  return rows.map((r) => presentCatalogItem(auth, r, names));
}
