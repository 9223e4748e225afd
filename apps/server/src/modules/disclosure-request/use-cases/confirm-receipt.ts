import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { applyStep, assertStepDate, historyOf } from '../request-step.ts';

/**
 * An online, fax or ordinary-mail application is received on the day the office confirms it with the
 * applicant (《政府信息公开条例》第三十一条第（二）项、第（三）项): that day starts the clock.
 */
export function confirmReceipt(ctx: AppContext, auth: AuthContext, id: string, input: BodyOf<typeof disclosureRequestApi.confirmReceipt>) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.confirm-receipt', 'confirmReceipt', (row) => {
    assertStepDate(historyOf(row, []), 'received', input.confirmedOn, 'confirmedOn');
    return {
      patch: { confirmedOn: input.confirmedOn, receivedOn: input.confirmedOn, handlerId: row.handlerId ?? auth.user.id },
      events: [{ kind: 'received', on: input.confirmedOn, data: { channel: row.channel, arrivedOn: row.arrivedOn, confirmed: true } }],
    };
  });
}
