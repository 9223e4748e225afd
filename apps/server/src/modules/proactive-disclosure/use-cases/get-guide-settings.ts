import type { QueryOf } from '@yifa/domain';
import type { GuideSettings, proactiveDisclosureApi } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { presentGuideSettings } from '../presenter.ts';
import { findGuideSettings } from '../repository.ts';

/** The guide's settings of the caller's township, or (above townships) of the one named. */
export async function getGuideSettings(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof proactiveDisclosureApi.getGuideSettings>,
): Promise<GuideSettings> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'read');
  const row = await findGuideSettings(ctx.db, townshipId);
  if (!row) throw new AppError('RECORD.NOT_FOUND');
  return presentGuideSettings(auth, row);
}
