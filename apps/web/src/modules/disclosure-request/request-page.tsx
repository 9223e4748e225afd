import { ArrowLeftOutlined, DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { APPLICANT_KINDS, OUTCOMES, REVIEW_KINDS, REVIEW_RESULTS } from '@yifa/domain/disclosure-request';
import {
  DELIVERY_METHODS,
  disclosureRequestApi as api,
  INFORMATION_FORMS,
  MAX_EXTENSION_WORKING_DAYS,
  REQUEST_STEP_ABILITY,
  ZAnswerConsultation,
  ZRecordCorrection,
  ZRecordDelivery,
  ZRequestClarification,
  ZRequestExtension,
  ZSaveReplyDraft,
  ZSaveReview,
  ZStartConsultation,
  type ClockView,
  type DisclosureRequestDetail,
  type DisclosureReview,
  type RequestStep,
} from '@yifa/domain/disclosure-request';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Row, Space, Table, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { call, download } from '../../api/call.ts';
import { notifyError, notifySuccess } from '../../app/notifier.ts';
import { maxLengthOf, numberLimitsOf } from '../../components/contract-limits.ts';
import type { TranslationKey } from '../../i18n/keys.ts';
import { pickLabel } from '../../i18n/labels.ts';
import { REQUESTS_KEY, stepSender, useRequest } from './api.ts';
import { channelLabel, outcomeLabel, RequestFlags, StatusTag } from './request-labels.tsx';
import { StepModal, type StepField, type StepSpec } from './step-modal.tsx';
import { chinaToday } from '../../app/china-today.ts';

const opts = (entries: Record<string, { zh: string; en: string }>, lang: string) =>
  Object.entries(entries).map(([value, l]) => ({ value, label: pickLabel(l, lang) }));

function ClockItem({ label, clock }: { label: string; clock: ClockView | null }) {
  const { t } = useTranslation();
  if (!clock) return null;
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong>{label}：</Typography.Text>
      <Typography.Text>
        {clock.dueDate ?? t('disclosureRequest.clockStopped')}
        {clock.isProvisional ? `（${t('disclosureRequest.provisional')}）` : ''}
      </Typography.Text>
      <Typography.Text type="secondary">
        （{clock.isOpen ? t('disclosureRequest.clockOpen') : t('disclosureRequest.clockClosed')}）
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 13 }}>
        {clock.explanationZh}
      </Typography.Paragraph>
    </div>
  );
}

/** One application: applicant (masked), the statutory clock with its explanation, the steps allowed now, the reply letter, history, reviews. */
export default function RequestPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const query = useRequest(id);
  const [step, setStep] = useState<StepSpec | null>(null);
  const [full, setFull] = useState<DisclosureRequestDetail | null>(null);
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: (r: DisclosureRequestDetail) => call(api.delete, { params: { id: r.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: REQUESTS_KEY });
      void navigate('/disclosure-requests');
    },
  });
  const issue = useMutation({
    mutationFn: (r: DisclosureRequestDetail) =>
      call(api.reply, { params: { id: r.id }, body: { repliedOn: chinaToday().format('YYYY-MM-DD'), version: r.version } }),
    onSuccess: async () => {
      notifySuccess(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: REQUESTS_KEY });
    },
  });
  const r = query.data;
  if (!r) return <Card loading={query.isLoading}>{query.isError ? <Empty /> : null}</Card>;

  const L = (k: TranslationKey): string => t(k);
  const params = { id: r.id };
  const v = { version: r.version };
  /** The server says which steps the request allows now and what the caller may do; the page only draws them. */
  const may = (s: RequestStep) => r.allowedSteps.includes(s) && r.abilities[REQUEST_STEP_ABILITY[s]];
  const consultation = r.events.find((e) => e.id === r.openConsultationId);
  const noticeSent = r.events.some((e) => e.kind === 'clarificationRequested');
  const shown = full ?? r;

  const viewPersonal = () =>
    modal.confirm({
      title: t('disclosureRequest.showFull'),
      content: t('disclosureRequest.showFullConfirm'),
      okText: t('disclosureRequest.showFull'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          setFull(await call(api.view, { params, query: { unmasked: 'true' } }));
        } catch (e) {
          notifyError(e);
        }
      },
    });

  const actions: { key: RequestStep; label: string; spec?: StepSpec; onClick?: () => void; primary?: boolean }[] = [
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
      onClick: () =>
        modal.confirm({
          title: L('disclosureRequest.issueReply'),
          content: L('disclosureRequest.issueConfirm'),
          okText: L('disclosureRequest.issueReply'),
          cancelText: L('common.cancel'),
          onOk: () => issue.mutateAsync(r).catch(() => undefined),
        }),
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
      onClick: () =>
        modal.confirm({
          title: t('common.confirmDelete', { name: r.number }),
          content: t('common.confirmDeleteHint'),
          okText: t('common.delete'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onOk: () => remove.mutateAsync(r).catch(() => undefined),
        }),
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

  const visible = actions.filter((a) => may(a.key));
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space wrap>
            <Link to="/disclosure-requests" aria-label={t('disclosureRequest.title')}>
              <ArrowLeftOutlined />
            </Link>
            <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
              {t('disclosureRequest.detailTitle')} {r.number}
            </Typography.Title>
            <StatusTag status={r.status} />
            <RequestFlags r={r} />
          </Space>
          {r.reply.letterText ? (
            <Button
              icon={<DownloadOutlined />}
              onClick={() => {
                download(api.letter, { params }, `${r.number}.docx`).catch(notifyError);
              }}
            >
              {t('disclosureRequest.downloadLetter')}
            </Button>
          ) : null}
        </Space>
        {visible.length ? (
          <Space wrap style={{ marginTop: 12 }} aria-label={t('disclosureRequest.actionsSection')}>
            {visible.map((a) => (
              <Button
                key={a.key}
                type={a.primary ? 'primary' : 'default'}
                onClick={() => (a.onClick ? a.onClick() : setStep(a.spec ?? null))}
              >
                {a.label}
              </Button>
            ))}
          </Space>
        ) : null}
      </Card>
      <Row gutter={12}>
        <Col span={14}>
          <Card
            title={t('disclosureRequest.applicantSection')}
            size="small"
            style={{ marginBottom: 12 }}
            extra={
              r.abilities.viewPersonal && !full ? (
                <Button size="small" type="link" icon={<EyeOutlined />} onClick={viewPersonal}>
                  {t('disclosureRequest.showFull')}
                </Button>
              ) : null
            }
          >
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={t('disclosureRequest.applicant')}>{r.applicantName}</Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.applicantKind')}>
                {pickLabel(APPLICANT_KINDS[r.applicantKind], lang)}
              </Descriptions.Item>
              {r.applicantKind === 'natural' ? (
                <Descriptions.Item label={t('disclosureRequest.idNumber')}>{shown.idNumber ?? ''}</Descriptions.Item>
              ) : (
                <Descriptions.Item label={t('disclosureRequest.creditCode')}>{r.creditCode ?? ''}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('disclosureRequest.contactPerson')}>{r.contactPerson ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.phone')}>{shown.phone ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.email')}>{r.email ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.address')} span={2}>
                {shown.address ?? ''}
              </Descriptions.Item>
            </Descriptions>
            {full ? (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {t('disclosureRequest.fullInfoRecorded')}
              </Typography.Paragraph>
            ) : null}
          </Card>
          <Card title={t('disclosureRequest.requestSection')} size="small" style={{ marginBottom: 12 }}>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={t('disclosureRequest.description')} span={2}>
                {r.description}
              </Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.forms')}>
                {r.forms.map((f) => pickLabel(INFORMATION_FORMS[f], lang)).join('、')}
              </Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.deliveryMethod')}>
                {pickLabel(DELIVERY_METHODS[r.deliveryMethod], lang)}
              </Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.channel')}>
                {channelLabel(r.channel, lang)}
                {r.isOnline ? `（${t('disclosureRequest.online')}）` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.arrivedOn')}>{r.arrivedOn}</Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.receivedOn')}>{r.receivedOn ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.confirmedOn')}>{r.confirmedOn ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('disclosureRequest.receiptRule')} span={2}>
                {r.receiptRuleZh}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('disclosureRequest.replySection')} size="small" style={{ marginBottom: 12 }}>
            {r.reply.outcome ? (
              <>
                <Typography.Paragraph>
                  <Typography.Text strong>{t('disclosureRequest.outcome')}：</Typography.Text>
                  {outcomeLabel(r.reply.outcome, lang)}
                  {r.closedOn ? `（${t('disclosureRequest.repliedOn')} ${r.closedOn}）` : ''}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {r.reply.isIssued ? t('disclosureRequest.letterIssued') : t('disclosureRequest.letterDraft')}
                </Typography.Text>
                <div
                  style={{
                    whiteSpace: 'pre-wrap',
                    border: '1px solid #e5e5e5',
                    padding: 12,
                    marginTop: 8,
                    fontFamily: 'FangSong, STFangsong, serif',
                    fontSize: 15,
                  }}
                  data-testid="letter-text"
                >
                  {r.reply.letterText}
                </div>
                {r.delivery.deliveredOn ? (
                  <Typography.Paragraph style={{ marginTop: 8 }}>
                    <Typography.Text strong>{t('disclosureRequest.deliverySection')}：</Typography.Text>
                    {r.delivery.method ? pickLabel(DELIVERY_METHODS[r.delivery.method], lang) : ''} {r.delivery.deliveredOn}{' '}
                    {r.delivery.note ?? ''}
                  </Typography.Paragraph>
                ) : null}
              </>
            ) : (
              <Typography.Text type="secondary">{t('disclosureRequest.noDraft')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col span={10}>
          <Card title={t('disclosureRequest.clockSection')} size="small" style={{ marginBottom: 12 }}>
            {r.isOverdue ? <Alert type="error" showIcon title={t('disclosureRequest.overdue')} style={{ marginBottom: 8 }} /> : null}
            {r.warningsZh.length ? (
              <Alert
                type="warning"
                showIcon
                title={t('disclosureRequest.clockWarnings')}
                style={{ marginBottom: 8 }}
                data-testid="clock-warnings"
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {r.warningsZh.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                }
              />
            ) : null}
            <ClockItem label={t('disclosureRequest.replyClock')} clock={r.clock.reply} />
            {r.clock.clarificationNotice && (r.clock.clarificationNotice.isOpen || noticeSent) ? (
              <ClockItem label={t('disclosureRequest.noticeClock')} clock={r.clock.clarificationNotice} />
            ) : null}
            <ClockItem label={t('disclosureRequest.correctionClock')} clock={r.clock.correction} />
            {r.extension.days ? (
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                {r.extension.isApproved
                  ? t('disclosureRequest.extensionApproved', {
                      days: r.extension.days,
                      approvedOn: r.extension.approvedOn ?? '',
                      notifiedOn: r.extension.notifiedOn ?? '',
                    })
                  : t('disclosureRequest.extensionPending', { days: r.extension.days })}
              </Typography.Paragraph>
            ) : null}
          </Card>
          <Card title={t('disclosureRequest.historySection')} size="small" style={{ marginBottom: 12 }}>
            <Timeline
              items={r.events.map((e) => ({
                key: e.id,
                content: `${e.on} ${t(`disclosureRequest.event.${e.kind}` as 'disclosureRequest.event.received', { defaultValue: e.kind })}${e.data.partyName ? `：${String(e.data.partyName)}` : ''}${e.data.itemsToCorrect ? `：${String(e.data.itemsToCorrect)}` : ''}`,
              }))}
            />
          </Card>
          <Card title={t('disclosureRequest.reviewsSection')} size="small" style={{ marginBottom: 12 }}>
            {r.reviews.length ? (
              <Table<DisclosureReview>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={r.reviews}
                columns={[
                  {
                    title: t('disclosureRequest.reviewKind'),
                    dataIndex: 'kind',
                    render: (k: DisclosureReview['kind']) => pickLabel(REVIEW_KINDS[k], lang),
                  },
                  { title: t('disclosureRequest.filedOn'), dataIndex: 'filedOn', width: 100 },
                  {
                    title: t('disclosureRequest.reviewResult'),
                    dataIndex: 'result',
                    render: (k: DisclosureReview['result'], rv) =>
                      `${pickLabel(REVIEW_RESULTS[k], lang)}${rv.decidedOn ? ` ${rv.decidedOn}` : ''}`,
                  },
                  ...(r.reviews.some((rv) => rv.abilities.update)
                    ? [
                        {
                          title: '',
                          key: 'edit',
                          width: 60,
                          render: (_: unknown, rv: DisclosureReview) =>
                            rv.abilities.update ? (
                              <Button size="small" type="link" onClick={() => setStep(editReview(rv))}>
                                {t('disclosureRequest.editReview')}
                              </Button>
                            ) : null,
                        },
                      ]
                    : []),
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t('disclosureRequest.noReviews')}</Typography.Text>
            )}
          </Card>
          {r.repeats.length ? (
            <Card title={t('disclosureRequest.repeatsSection')} size="small">
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {r.repeats.map((x) => (
                  <li key={x.id}>
                    <Link to={`/disclosure-requests/${x.id}`}>{x.number}</Link> {x.description}
                  </li>
                ))}
              </ul>
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
                {t('disclosureRequest.repeatsHint')}
              </Typography.Paragraph>
            </Card>
          ) : null}
        </Col>
      </Row>
      <StepModal spec={step} onClose={() => setStep(null)} />
    </Space>
  );
}
