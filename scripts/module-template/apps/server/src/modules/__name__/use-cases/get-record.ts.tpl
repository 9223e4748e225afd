import type { __Pascal__Record } from '@yifa/domain/__name__';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { __camel__Policy } from '../policy.ts';
import { present__Pascal__ } from '../presenter.ts';
import { find__Pascal__Row } from '../repository.ts';

/** One record with the caller's abilities; another township's or one outside the data scope is 404 (nothing is learned of it). */
export async function get__Pascal__Record(ctx: AppContext, auth: AuthContext, id: string): Promise<__Pascal__Record> {
  const row = await find__Pascal__Row(ctx.db, id);
  if (!row || !__camel__Policy.visible(auth, row)) throw new AppError('RECORD.NOT_FOUND');
  return present__Pascal__(auth, row);
}
