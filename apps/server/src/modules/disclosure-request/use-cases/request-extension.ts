import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep } from '../request-step.ts';

/** Staff ask for the one extension of at most 20 working days (条例第三十三条第二款); the head of the office approves it. */
export function requestExtension(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof disclosureRequestApi.extensionRequest>,
) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.request-extension', 'extensionRequest', () => ({
    patch: { extensionDays: input.days, extensionReason: input.reason, extensionRequestedBy: auth.user.id },
  }));
}
