import {
  DELIVERY_METHODS,
  disclosureRequestApi as api,
  MAX_EXTENSION_WORKING_DAYS,
  OUTCOMES,
  REVIEW_KINDS,
  REVIEW_RESULTS,
  ZAnswerConsultation,
  ZRecordCorrection,
  ZRecordDelivery,
  ZRequestClarification,
  ZRequestExtension,
  ZSaveReplyDraft,
  ZSaveReview,
  ZStartConsultation,
  type DisclosureRequestDetail,
  type DisclosureReview,
  type RequestStep,
} from '@yifa/domain/disclosure-request';
import type { TFunction } from 'i18next';
import { maxLengthOf, numberLimitsOf } from '../../components/contract-limits.ts';
import type { TranslationKey } from '../../i18n/keys.ts';
import { pickLabel } from '../../i18n/labels.ts';
import { stepSender } from './api.ts';
import type { StepField, StepSpec } from './step-modal.tsx';

export const opts = (entries: Record<string, { zh: string; en: string }>, lang: string) =>
  Object.entries(entries).map(([value, l]) => ({ value, label: pickLabel(l, lang) }));

/** One step of a request as the page offers it: a form (spec) or a confirmation (onClick). */
export interface RequestAction {
  key: RequestStep;
  label: string;
  spec?: StepSpec;
  onClick?: () => void;
  primary?: boolean;
}

interface StepContext {
  t: TFunction;
  lang: string;
  /** Confirms, then issues the reply. */
  onIssue: () => void;
  /** Confirms, then deletes the request. */
  onDelete: () => void;
}

/**
 * Every step of a request with its form, in the order the page shows them. Which of them the page
 * offers is not decided here: the server's allowedSteps and abilities decide (request-page.tsx).
 */
export function requestSteps(r: DisclosureRequestDetail, { t, lang, onIssue, onDelete }: StepContext) {
  const L = (k: TranslationKey): string => t(k);
  const params = { id: r.id };
  const v = { version: r.version };
  const consultation = r.events.find((e) => e.id === r.openConsultationId);
  const actions: RequestAction[] = [
    {
      key: 'confirmReceipt',
      label: L('disclosureRequest.confirmReceipt'),
      primary: true,
      spec: {
        title: L('disclosureRequest.confirmReceipt'),
        send: stepSender(api.confirmReceipt, params),
        extra: v,
        fields: [{ name: 'confirmedOn', label: L('disclosureRequest.confirmedOn'), kind: 'date', required: true }],
      },
    },
    {
      key: 'reviewComplete',
      label: L('disclosureRequest.reviewComplete'),
      spec: {
        title: L('disclosureRequest.reviewComplete'),
        send: stepSender(api.reviewComplete, params),
        extra: v,
        fields: [{ name: 'on', label: L('disclosureRequest.onDate'), kind: 'date', required: true }],
      },
    },
    {
      key: 'clarification',
      label: L('disclosureRequest.clarification'),
      spec: {
        title: L('disclosureRequest.clarification'),
        send: stepSender(api.clarification, params),
        extra: v,
        fields: [
          { name: 'noticeOn', label: L('disclosureRequest.noticeOn'), kind: 'date', required: true },
          { name: 'correctBy', label: L('disclosureRequest.correctBy'), kind: 'date', required: true, initial: null },
          {
            name: 'itemsToCorrect',
            label: L('disclosureRequest.itemsToCorrect'),
            kind: 'textarea',
            required: true,
            maxLength: maxLengthOf(ZRequestClarification, 'itemsToCorrect'),
          },
        ],
      },
    },
    {
      key: 'correction',
      label: L('disclosureRequest.correction'),
      primary: true,
      spec: {
        title: L('disclosureRequest.correction'),
        send: stepSender(api.correction, params),
        extra: v,
        fields: [
          { name: 'receivedOn', label: L('disclosureRequest.correctedOn'), kind: 'date', required: true },
          {
            name: 'description',
            label: L('disclosureRequest.newDescription'),
            kind: 'textarea',
            maxLength: maxLengthOf(ZRecordCorrection, 'description'),
          },
        ],
      },
    },
    {
      key: 'closeNoCorrection',
      label: L('disclosureRequest.closeNoCorrection'),
      spec: {
        title: L('disclosureRequest.closeNoCorrection'),
        send: stepSender(api.closeNoCorrection, params),
        extra: v,
        fields: [{ name: 'closedOn', label: L('disclosureRequest.closedOn'), kind: 'date', required: true }],
      },
    },
    {
      key: 'consultation',
      label: L('disclosureRequest.consult'),
      spec: {
        title: L('disclosureRequest.consult'),
        send: stepSender(api.consultation, params),
        extra: v,
        fields: [
          {
            name: 'party',
            label: L('disclosureRequest.party'),
            kind: 'select',
            required: true,
            initial: 'thirdParty',
            options: [
              { value: 'thirdParty', label: L('disclosureRequest.partyThird') },
              { value: 'agency', label: L('disclosureRequest.partyAgency') },
            ],
          },
          {
            name: 'partyName',
            label: L('disclosureRequest.partyName'),
            kind: 'text',
            required: true,
            maxLength: maxLengthOf(ZStartConsultation, 'partyName'),
          },
          { name: 'startedOn', label: L('disclosureRequest.startedOn'), kind: 'date', required: true },
        ],
      },
    },
    {
      key: 'answerConsultation',
      label: L('disclosureRequest.answerConsultation'),
      primary: true,
      spec: r.openConsultationId
        ? {
            title: `${L('disclosureRequest.answerConsultation')}：${String(consultation?.data.partyName ?? '')}`,
            send: stepSender(api.answerConsultation, { id: r.id, consultationId: r.openConsultationId }),
            extra: v,
            fields: [
              { name: 'answeredOn', label: L('disclosureRequest.answeredOn'), kind: 'date', required: true },
              {
                name: 'answerSummary',
                label: L('disclosureRequest.answerSummary'),
                kind: 'textarea',
                maxLength: maxLengthOf(ZAnswerConsultation, 'answerSummary'),
              },
              { name: 'isObjection', label: L('disclosureRequest.isObjection'), kind: 'checkbox' },
            ],
          }
        : undefined,
    },
    {
      key: 'extensionRequest',
      label: L('disclosureRequest.requestExtension'),
      spec: {
        title: L('disclosureRequest.requestExtension'),
        send: stepSender(api.extensionRequest, params),
        extra: v,
        fields: [
          {
            name: 'days',
            label: L('disclosureRequest.extensionDays'),
            kind: 'number',
            required: true,
            limits: numberLimitsOf(ZRequestExtension, 'days'),
            initial: MAX_EXTENSION_WORKING_DAYS,
          },
          {
            name: 'reason',
            label: L('disclosureRequest.extensionReason'),
            kind: 'textarea',
            required: true,
            maxLength: maxLengthOf(ZRequestExtension, 'reason'),
          },
        ],
      },
    },
    {
      key: 'extensionApproval',
      label: L('disclosureRequest.approveExtension'),
      primary: true,
      spec: {
        title: L('disclosureRequest.approveExtension'),
        send: stepSender(api.extensionApproval, params),
        extra: v,
        fields: [
          { name: 'approvedOn', label: L('disclosureRequest.approvedOn'), kind: 'date', required: true },
          { name: 'applicantNotifiedOn', label: L('disclosureRequest.applicantNotifiedOn'), kind: 'date', required: true },
        ],
      },
    },
    {
      key: 'replyDraft',
      label: L('disclosureRequest.replyDraft'),
      spec: {
        title: L('disclosureRequest.replyDraft'),
        send: stepSender(api.replyDraft, params),
        extra: v,
        fields: [
          {
            name: 'outcome',
            label: L('disclosureRequest.outcome'),
            kind: 'select',
            required: true,
            initial: r.reply.outcome ?? 'granted',
            options: opts(Object.fromEntries(Object.entries(OUTCOMES).filter(([c]) => c !== 'other_noCorrection')), lang),
          },
          {
            name: 'reasons',
            label: L('disclosureRequest.reasons'),
            kind: 'textarea',
            initial: r.reply.reasons,
            maxLength: maxLengthOf(ZSaveReplyDraft, 'reasons'),
          },
          {
            name: 'publishedLocation',
            label: L('disclosureRequest.publishedLocation'),
            kind: 'text',
            initial: r.reply.publishedLocation,
            maxLength: maxLengthOf(ZSaveReplyDraft, 'publishedLocation'),
          },
          {
            name: 'responsibleAgency',
            label: L('disclosureRequest.responsibleAgency'),
            kind: 'text',
            initial: r.reply.responsibleAgency,
            maxLength: maxLengthOf(ZSaveReplyDraft, 'responsibleAgency'),
          },
          {
            name: 'letterText',
            label: L('disclosureRequest.letterText'),
            kind: 'textarea',
            initial: r.reply.letterText,
            maxLength: maxLengthOf(ZSaveReplyDraft, 'letterText'),
          },
        ],
      },
    },
    {
      key: 'reply',
      label: L('disclosureRequest.issueReply'),
      primary: true,
      onClick: onIssue,
    },
    {
      key: 'delivery',
      label: L('disclosureRequest.recordDelivery'),
      spec: {
        title: L('disclosureRequest.recordDelivery'),
        send: stepSender(api.delivery, params),
        extra: v,
        fields: [
          {
            name: 'method',
            label: L('disclosureRequest.deliveryMethod'),
            kind: 'select',
            required: true,
            initial: r.deliveryMethod,
            options: opts(DELIVERY_METHODS, lang),
          },
          { name: 'deliveredOn', label: L('disclosureRequest.deliveredOn'), kind: 'date', required: true },
          {
            name: 'proofFileIds',
            label: L('disclosureRequest.deliveryProof'),
            kind: 'files',
            entity: { type: 'disclosureRequest', id: r.id, orgId: r.orgId },
          },
          { name: 'note', label: L('disclosureRequest.note'), kind: 'text', maxLength: maxLengthOf(ZRecordDelivery, 'note') },
        ],
      },
    },
    {
      key: 'addReview',
      label: L('disclosureRequest.addReview'),
      spec: {
        title: L('disclosureRequest.addReview'),
        send: stepSender(api.addReview, params),
        fields: reviewFields(null),
      },
    },
    // A duplicate entry, or an online submission that is no application at all; a replied request is kept.
    {
      key: 'delete',
      label: L('common.delete'),
      onClick: onDelete,
    },
  ];
  function reviewFields(rv: DisclosureReview | null): StepField[] {
    return [
      {
        name: 'kind',
        label: L('disclosureRequest.reviewKind'),
        kind: 'select',
        required: true,
        initial: rv?.kind ?? 'review',
        options: opts(REVIEW_KINDS, lang),
      },
      { name: 'filedOn', label: L('disclosureRequest.filedOn'), kind: 'date', required: true, initial: rv?.filedOn },
      {
        name: 'authority',
        label: L('disclosureRequest.authority'),
        kind: 'text',
        initial: rv?.authority,
        maxLength: maxLengthOf(ZSaveReview, 'authority'),
      },
      {
        name: 'result',
        label: L('disclosureRequest.reviewResult'),
        kind: 'select',
        required: true,
        initial: rv?.result ?? 'pending',
        options: opts(REVIEW_RESULTS, lang),
      },
      { name: 'decidedOn', label: L('disclosureRequest.decidedOn'), kind: 'date', initial: rv?.decidedOn ?? null },
      { name: 'note', label: L('disclosureRequest.note'), kind: 'text', initial: rv?.note, maxLength: maxLengthOf(ZSaveReview, 'note') },
    ];
  }
  const editReview = (rv: DisclosureReview): StepSpec => ({
    title: L('disclosureRequest.editReview'),
    send: stepSender(api.updateReview, { id: rv.id }),
    extra: { version: rv.version },
    fields: reviewFields(rv),
  });
  return { actions, editReview };
}
