import type { OutcomeCode } from '@yifa/domain';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { listEvents } from '../repository.ts';
import { draftLetterFor } from './letter-input.ts';
import { applyStep, assertOpen } from './request-step.ts';

export interface ReplyDraftInput {
  outcome: OutcomeCode;
  reasons: string | null;
  publishedLocation: string | null;
  responsibleAgency: string | null;
  letterText: string | null;
  version: number;
}

/** Saves the outcome and the letter text; without a text the letter is drafted from the outcome's template. */
export function saveReplyDraft(ctx: AppContext, auth: AuthContext, id: string, input: ReplyDraftInput) {
  return applyStep(ctx, auth, id, input.version, 'disclosure-request.save-reply-draft', async (row, tx) => {
    assertOpen(row);
    if (!row.receivedOn) throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE');
    if (input.outcome === 'other_noCorrection') throw new AppError('DISCLOSURE_REQUEST.WRONG_STATE', { detail: 'use close-no-correction' });
    const { letterText, version: _v, ...contents } = input;
    const text = letterText ?? draftLetterFor(row, await listEvents(tx, id), contents);
    return { patch: { ...contents, letterText: text } };
  });
}
