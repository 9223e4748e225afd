import { ArrowLeftOutlined, DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { APPLICANT_KINDS, REVIEW_KINDS, REVIEW_RESULTS } from '@yifa/domain/disclosure-request';
import {
  DELIVERY_METHODS,
  disclosureRequestApi as api,
  INFORMATION_FORMS,
  REQUEST_STEP_ABILITY,
  type DisclosureRequestDetail,
  type DisclosureReview,
  type RequestStep,
} from '@yifa/domain/disclosure-request';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Empty, Row, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { call, download } from '../../api/call.ts';
import { notifyError, notifySuccess } from '../../app/notifier.ts';
import { pickLabel } from '../../i18n/labels.ts';
import { REQUESTS_KEY, useRequest } from './api.ts';
import { channelLabel, outcomeLabel, RequestFlags, StatusTag } from './request-labels.tsx';
import { RequestClockCard, RequestHistoryCard } from './request-clock-card.tsx';
import { requestSteps } from './request-steps.ts';
import { StepModal, type StepSpec } from './step-modal.tsx';
import { chinaToday } from '../../app/china-today.ts';

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

  const params = { id: r.id };
  /** The server says which steps the request allows now and what the caller may do; the page only draws them. */
  const may = (s: RequestStep) => r.allowedSteps.includes(s) && r.abilities[REQUEST_STEP_ABILITY[s]];
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

  const { actions, editReview } = requestSteps(r, {
    t,
    lang,
    onIssue: () =>
      modal.confirm({
        title: t('disclosureRequest.issueReply'),
        content: t('disclosureRequest.issueConfirm'),
        okText: t('disclosureRequest.issueReply'),
        cancelText: t('common.cancel'),
        onOk: () => issue.mutateAsync(r).catch(() => undefined),
      }),
    onDelete: () =>
      modal.confirm({
        title: t('common.confirmDelete', { name: r.number }),
        content: t('common.confirmDeleteHint'),
        okText: t('common.delete'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => remove.mutateAsync(r).catch(() => undefined),
      }),
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
          <RequestClockCard r={r} />
          <RequestHistoryCard r={r} />
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
