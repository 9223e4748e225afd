import type { Org } from '@yifa/domain/organisation';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentOrg } from '../presenter.ts';
import { findOrg } from '../repository.ts';

/** One node of the tree, with what the caller may do to it. */
export async function getOrg(ctx: AppContext, auth: AuthContext, id: string): Promise<Org> {
  const row = await findOrg(ctx.db, auth.scope, id);
  if (!row) throw new AppError('RECORD.NOT_FOUND');
  return presentOrg(auth, row);
}
