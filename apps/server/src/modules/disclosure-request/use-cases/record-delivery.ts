import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { attachFiles } from '../../../platform/files/index.ts';
import { applyStep, assertStepDateOf } from '../request-step.ts';

/** How and when the issued letter reached the applicant, with the proof (回执, 邮寄凭证) as attachments. */
export function recordDelivery(ctx: AppContext, auth: AuthContext, id: string, input: BodyOf<typeof disclosureRequestApi.delivery>) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.record-delivery', 'delivery', async (row, tx, events) => {
    assertStepDateOf(row, events, 'delivered', input.deliveredOn, 'deliveredOn');
    await attachFiles(tx, auth.scope, input.proofFileIds, 'disclosureRequest', id);
    return {
      patch: { deliveredBy: input.method, deliveredOn: input.deliveredOn, deliveryNote: input.note },
      events: [{ kind: 'delivered', on: input.deliveredOn, data: { method: input.method, proofFileIds: input.proofFileIds } }],
    };
  });
}
