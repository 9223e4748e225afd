import type { QueryOf } from '@yifa/domain';
import type { DisclosureActivityFacts } from '@yifa/domain/disclosure-report';
import type { proactiveDisclosureApi } from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import { loadDisclosureActivityFacts } from '../report-facts.ts';

/** The year's proactive-disclosure figures of the caller's (or the named) township, as the annual report takes them. */
export async function getFacts(
  ctx: AppContext,
  auth: AuthContext,
  query: QueryOf<typeof proactiveDisclosureApi.facts>,
): Promise<DisclosureActivityFacts> {
  const townshipId = await resolveTownship(ctx.db, auth, query.townshipId, 'read');
  return loadDisclosureActivityFacts(ctx.db, townshipId, query.year);
}
