import type { User } from '@yifa/domain/organisation';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { presentUser } from '../presenter.ts';
import { findUser } from '../repository.ts';

/** One account, with what the caller may do to it. */
export async function getUser(ctx: AppContext, auth: AuthContext, id: string): Promise<User> {
  const row = await findUser(ctx.db, auth.scope, id);
  if (!row) throw new AppError('RECORD.NOT_FOUND');
  return presentUser(auth, row);
}
