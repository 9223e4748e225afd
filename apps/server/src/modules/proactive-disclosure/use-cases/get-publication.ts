import type { PublicationDetail } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { listAttachedFiles } from '../../../platform/files/index.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { PUBLICATION_ENTITY } from '../entities.ts';
import { publicationPolicy } from '../policy.ts';
import { presentPublication } from '../presenter.ts';
import { catalogItemsByIds, findPublication } from '../repository.ts';

/** One publication with its attachments, abilities and allowed steps. */
export async function getPublication(ctx: AppContext, auth: AuthContext, id: string): Promise<PublicationDetail> {
  const row = await findPublication(ctx.db, auth.scope, id);
  if (!row || !publicationPolicy.visible(auth, row)) throw new AppError('RECORD.NOT_FOUND');
  const items = await catalogItemsByIds(ctx.db, [row.catalogItemId]);
  return {
    ...presentPublication(auth, row, items.get(row.catalogItemId)),
    files: await listAttachedFiles(ctx.db, auth.scope, PUBLICATION_ENTITY, row.id),
  };
}
