import type { BodyOf } from '@yifa/domain';
import type { disclosureRequestApi } from '@yifa/domain/disclosure-request';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { draftLetterFor } from '../letter-input.ts';
import { applyStep } from '../request-step.ts';

/** Saves the outcome and the letter text; without a text the letter is drafted from the outcome's template. */
export function saveReplyDraft(ctx: AppContext, auth: AuthContext, id: string, input: BodyOf<typeof disclosureRequestApi.replyDraft>) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.save-reply-draft', 'replyDraft', (row, _tx, events) => {
    // 逾期不补正 is its own step (条例第三十条), with its own date rule.
    if (input.outcome === 'other_noCorrection') throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'use close-no-correction' });
    const { letterText, version: _v, ...contents } = input;
    const text = letterText ?? draftLetterFor(row, events, contents);
    return { patch: { ...contents, letterText: text } };
  });
}
