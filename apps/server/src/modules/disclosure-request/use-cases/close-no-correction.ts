import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { draftLetterFor } from '../letter-input.ts';
import { applyStep, assertStepDateOf } from '../request-step.ts';

/**
 * The applicant did not correct by the date set: the application is treated as abandoned and closed as
 * 逾期不补正 (条例第三十条; annual report table 3 row other_noCorrection), with a notice letter.
 */
export function closeNoCorrection(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof disclosureRequestApi.closeNoCorrection>,
) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.close-no-correction', 'closeNoCorrection', (row, _tx, events) => {
    const notice = events.filter((e) => e.kind === 'clarificationRequested').at(-1);
    const correctBy = String((notice?.data as { correctBy?: string } | undefined)?.correctBy ?? '');
    if (!correctBy || input.closedOn <= correctBy) throw new AppError('DISCLOSURE_REQUEST.CORRECTION_NOT_OVERDUE');
    assertStepDateOf(row, events, 'replied', input.closedOn, 'closedOn');
    const contents = { outcome: 'other_noCorrection' as const, reasons: null, publishedLocation: null, responsibleAgency: null };
    return {
      patch: { ...contents, letterText: draftLetterFor(row, events, contents), letterIssuedAt: new Date(), closedOn: input.closedOn },
      events: [{ kind: 'replied', on: input.closedOn, data: { outcome: 'other_noCorrection' } }],
    };
  });
}
