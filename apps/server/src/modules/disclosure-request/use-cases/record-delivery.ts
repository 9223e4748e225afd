import type { DeliveryMethod } from '@yifa/domain';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import { applyStep, assertStepDateOf } from './request-step.ts';

/** How and when the issued letter reached the applicant, with the proof (回执, 邮寄凭证) as attachments. */
export function recordDelivery(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: { method: DeliveryMethod; deliveredOn: string; proofFileIds: string[]; note: string | null; version: number },
) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.record-delivery', async (row, tx) => {
    if (!row.letterIssuedAt || !row.closedOn) throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'not issued' });
    await assertStepDateOf(tx, row, 'delivered', input.deliveredOn, 'deliveredOn');
    await attachFiles(tx, auth.scope, input.proofFileIds, 'disclosureRequest', id);
    return {
      patch: { deliveredBy: input.method, deliveredOn: input.deliveredOn, deliveryNote: input.note },
      events: [{ kind: 'delivered', on: input.deliveredOn, data: { method: input.method, proofFileIds: input.proofFileIds } }],
    };
  });
}
