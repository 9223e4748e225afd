import type { AppContext } from '../../../platform/http/app-context.ts';
import { findByTracking, type RequestRow } from '../repository.ts';
import { hashTrackingSecret } from '../tracking-secret.ts';

/** The public follows an online application with its number and tracking secret (no account). */
export async function trackPublicApplication(
  ctx: AppContext,
  townshipId: string,
  number: string,
  secret: string,
): Promise<RequestRow | null> {
  return findByTracking(ctx.db, townshipId, number, hashTrackingSecret(ctx, secret));
}
