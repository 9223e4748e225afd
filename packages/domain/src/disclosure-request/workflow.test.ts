import { describe, expect, it } from 'vitest';
import type { RequestStatus } from './contracts.ts';
import { requestWorkflow, type RequestFacts, type RequestStep } from './workflow.ts';

const facts = (f: Partial<RequestFacts> = {}): RequestFacts => ({
  isReceived: true,
  isNoticeDue: false,
  extension: 'none',
  hasDraft: false,
  openConsultationId: null,
  isDelivered: false,
  ...f,
});
const allowed = (s: RequestStatus, f: Partial<RequestFacts> = {}) => requestWorkflow.allowedSteps(s, facts(f));
const code = (step: RequestStep, s: RequestStatus, f: Partial<RequestFacts> = {}) =>
  requestWorkflow.refusal(step, s, facts(f))?.code ?? null;

describe('request workflow', () => {
  it('awaiting confirmation: only the confirmation and the deletion', () => {
    expect(allowed('awaitingConfirmation', { isReceived: false })).toEqual(['confirmReceipt', 'delete']);
    expect(code('replyDraft', 'awaitingConfirmation', { isReceived: false })).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
    expect(code('confirmReceipt', 'inProgress')).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
  });

  it('just received: the review while the 7 working days of 第三十条 run, and every handling step', () => {
    expect(allowed('inProgress', { isNoticeDue: true })).toEqual([
      'reviewComplete',
      'clarification',
      'consultation',
      'extensionRequest',
      'replyDraft',
      'delete',
    ]);
    expect(code('reviewComplete', 'inProgress', { isNoticeDue: false })).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
    expect(code('reply', 'inProgress')).toBe('DISCLOSURE_REQUEST.REPLY_INCOMPLETE');
    expect(code('reply', 'inProgress', { hasDraft: true })).toBeNull();
  });

  it('awaiting correction: the correction or closing as 逾期不补正, nothing that runs the clock', () => {
    expect(allowed('awaitingCorrection')).toEqual(['correction', 'closeNoCorrection', 'delete']);
    expect(code('reply', 'awaitingCorrection', { hasDraft: true })).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
    expect(code('correction', 'inProgress')).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
    expect(code('closeNoCorrection', 'consulting')).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
  });

  it('answering a consultation needs an open one (its consultationStarted event id)', () => {
    expect(code('answerConsultation', 'consulting')).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
    expect(allowed('consulting', { openConsultationId: 'e1' })).toContain('answerConsultation');
    expect(code('answerConsultation', 'replied', { openConsultationId: 'e1' })).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
  });

  it('one extension (第三十三条第二款): asked for, then approved once', () => {
    expect(code('extensionApproval', 'inProgress')).toBe('DISCLOSURE_REQUEST.NO_EXTENSION_REQUESTED');
    expect(code('extensionApproval', 'inProgress', { extension: 'requested' })).toBeNull();
    expect(code('extensionApproval', 'inProgress', { extension: 'approved' })).toBe('DISCLOSURE_REQUEST.ALREADY_EXTENDED');
    expect(code('extensionRequest', 'inProgress', { extension: 'approved' })).toBe('DISCLOSURE_REQUEST.ALREADY_EXTENDED');
    expect(code('extensionRequest', 'inProgress', { extension: 'requested' })).toBeNull();
    expect(code('extensionApproval', 'replied', { extension: 'requested' })).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
  });

  it('replied: the delivery once, reviews; never deleted', () => {
    expect(allowed('replied', { hasDraft: true })).toEqual(['delivery', 'addReview']);
    expect(allowed('replied', { hasDraft: true, isDelivered: true })).toEqual(['addReview']);
    expect(code('delete', 'replied')).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
    expect(code('addReview', 'consulting')).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
    expect(code('delivery', 'inProgress')).toBe('DISCLOSURE_REQUEST.WRONG_STATE');
  });

  it('every refusal has a Chinese reason', () => {
    for (const s of ['awaitingConfirmation', 'inProgress', 'awaitingCorrection', 'consulting', 'replied'] as const)
      for (const step of requestWorkflow.steps) {
        const r = requestWorkflow.refusal(step, s, facts({ isReceived: s !== 'awaitingConfirmation' }));
        if (r) expect(r.reasonZh).toMatch(/[\u4e00-\u9fa5]/);
      }
  });
});
