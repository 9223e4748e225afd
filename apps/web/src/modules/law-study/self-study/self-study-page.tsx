import { CheckOutlined, CloseOutlined, PaperClipOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { type FileInfo } from '@yifa/domain';
import {
  lawStudyApi,
  SELF_STUDY_STATUSES,
  STUDY_HOURS_LIMITS,
  ZCreateSelfStudyRequest,
  ZReviewSelfStudyRequest,
  type SelfStudy,
} from '@yifa/domain/law-study';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call } from '../../../api/call.ts';
import { api } from '../../../api/client.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { reportFormError } from '../../../app/report-form-error.ts';
import { useCan } from '../../../auth/session.ts';
import { AttachmentField } from '../../../components/attachment-field/index.ts';
import { formatDay } from '../../../components/format-date.ts';
import { useKeysetPaging } from '../../../components/keyset-pager.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { numberRule, requiredRule, requiredTextRule } from '../../../components/form-rules.ts';
import { maxLengthOf } from '../../../components/contract-limits.ts';
import { ImportModal } from '../shared/import-modal.tsx';
import { currentYear, useRoll, useSelfStudies, yearOptions } from '../api.ts';
import { useTownship } from '../../../components/use-township.tsx';
import { chinaToday } from '../../../app/china-today.ts';

const STATUS_COLOURS = { pending: 'processing', approved: 'success', rejected: 'error' } as const;

/** 自学申报: self-study and online study claimed on evidence; the ledger office approves or rejects. */
export default function SelfStudyPage() {
  const { t } = useTranslation();
  const can = useCan();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number(searchParams.get('year')) || currentYear();
  const status = SELF_STUDY_STATUSES.find((s) => s === searchParams.get('status'));
  const { townshipId, picker } = useTownship();
  // A change of year, status or township starts again from the first page (useKeysetPaging).
  const paging = useKeysetPaging({ year, status, townshipId });
  const list = useSelfStudies({ year, status, townshipId, ...paging.query });
  const [isClaiming, setClaiming] = useState(false);
  const [rejecting, setRejecting] = useState<SelfStudy | null>(null);
  const [isImporting, setImporting] = useState(false);
  const [viewing, setViewing] = useState<SelfStudy | null>(null);
  // Importing platform hours and claiming for others are not about one claim: the permission decides.
  const canApprove = can('law-study:self-study:approve');
  const set = (key: string, value: string | number | undefined) => {
    setSearchParams(
      (prev) => {
        const c = new URLSearchParams(prev);
        if (value) c.set(key, String(value));
        else c.delete(key);
        return c;
      },
      { replace: true },
    );
  };
  const review = useMutation({
    mutationFn: ({ claim, decision, note }: { claim: SelfStudy; decision: 'approved' | 'rejected'; note?: string }) =>
      call(lawStudyApi.reviewSelfStudy, { params: { id: claim.id }, body: { decision, note: note ?? null, version: claim.version } }),
    onSuccess: async (_, v) => {
      notifySuccess(v.decision === 'approved' ? t('lawStudy.selfStudy.approved') : t('lawStudy.selfStudy.rejected'));
      setRejecting(null);
      await queryClient.invalidateQueries({ queryKey: ['law-study'] });
    },
  });

  const columns: TableColumnsType<SelfStudy> = [
    { title: t('lawStudy.person'), dataIndex: 'personName', width: 100 },
    {
      title: t('lawStudy.selfStudy.kind'),
      dataIndex: 'kind',
      width: 100,
      render: (v: SelfStudy['kind']) => t(`lawStudy.selfStudy.kinds.${v}`),
    },
    { title: t('lawStudy.selfStudy.subject'), dataIndex: 'title', ellipsis: true },
    { title: t('lawStudy.selfStudy.source'), dataIndex: 'source', width: 150, ellipsis: true },
    { title: t('lawStudy.selfStudy.studiedOn'), dataIndex: 'studiedOn', width: 150, render: (v: string) => formatDay(v) },
    { title: t('lawStudy.hours'), dataIndex: 'hours', width: 70, align: 'right' },
    {
      title: t('lawStudy.selfStudy.evidenceShort'),
      key: 'evidence',
      width: 80,
      render: (_, c) => (
        <Button
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          aria-label={`${t('lawStudy.selfStudy.evidenceShort')}: ${c.personName}`}
          onClick={() => setViewing(c)}
        />
      ),
    },
    {
      title: t('lawStudy.selfStudy.status'),
      key: 'status',
      width: 170,
      render: (_, c) => (
        <Space size={4} wrap>
          <Tag color={STATUS_COLOURS[c.status]}>{t(`lawStudy.selfStudy.statuses.${c.status}`)}</Tag>
          {c.isImported ? <Tag>{t('lawStudy.selfStudy.imported')}</Tag> : null}
          {c.reviewNote && c.status === 'rejected' ? <Typography.Text type="secondary">{c.reviewNote}</Typography.Text> : null}
        </Space>
      ),
    },
    // The review buttons are the steps the server allows this caller on this claim (workflow.ts and policy.ts).
    ...(list.data?.items.some((c) => c.allowedSteps.length)
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            fixed: 'right' as const,
            render: (_: unknown, c: SelfStudy) => (
              <Space size={0}>
                {c.allowedSteps.includes('approve') ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<CheckOutlined />}
                    onClick={() => review.mutate({ claim: c, decision: 'approved' })}
                  >
                    {t('lawStudy.selfStudy.approve')}
                  </Button>
                ) : null}
                {c.allowedSteps.includes('reject') ? (
                  <Button type="link" size="small" danger icon={<CloseOutlined />} onClick={() => setRejecting(c)}>
                    {t('lawStudy.selfStudy.reject')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('lawStudy.selfStudy.title')}
        </Typography.Title>
        <Space wrap>
          {picker}
          <Select
            aria-label={t('lawStudy.year')}
            value={year}
            style={{ width: 100 }}
            onChange={(v) => set('year', v)}
            options={yearOptions().map((y) => ({ value: y, label: t('lawStudy.yearValue', { year: y }) }))}
          />
          <Select
            aria-label={t('lawStudy.selfStudy.status')}
            value={status ?? ''}
            style={{ width: 120 }}
            onChange={(v) => set('status', v || undefined)}
            options={[
              { value: '', label: t('common.all') },
              ...(['pending', 'approved', 'rejected'] as const).map((s) => ({ value: s, label: t(`lawStudy.selfStudy.statuses.${s}`) })),
            ]}
          />
          {canApprove ? (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('lawStudy.selfStudy.importPlatform')}
            </Button>
          ) : null}
          {can('law-study:self-study:write') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setClaiming(true)}>
              {t('lawStudy.selfStudy.create')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      <Table<SelfStudy>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1050 }}
        pagination={false}
      />
      {paging.pager(list.data, list.isFetching)}
      <ClaimModal isOpen={isClaiming} canClaimForOthers={canApprove} onClose={() => setClaiming(false)} />
      <RejectModal
        claim={rejecting}
        isSubmitting={review.isPending}
        onClose={() => setRejecting(null)}
        onReject={(note) => rejecting && review.mutate({ claim: rejecting, decision: 'rejected', note })}
      />
      <ImportModal kind="platformHours" open={isImporting} onClose={() => setImporting(false)} />
      <EvidenceModal claim={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}

interface ClaimValues {
  personId?: string;
  kind: 'selfStudy' | 'online';
  title: string;
  studiedOn: Dayjs;
  hours: number;
  source?: string;
  files?: FileInfo[];
}

function ClaimModal({ isOpen, canClaimForOthers, onClose }: { isOpen: boolean; canClaimForOthers: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ClaimValues>();
  const roll = useRoll(undefined, isOpen);
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: ClaimValues) =>
      call(lawStudyApi.createSelfStudy, {
        body: {
          ...(v.personId ? { personId: v.personId } : {}),
          kind: v.kind,
          title: v.title.trim(),
          studiedOn: v.studiedOn.format('YYYY-MM-DD'),
          hours: v.hours,
          source: v.source?.trim() || null,
          fileIds: (v.files ?? []).map((f) => f.id),
        },
      }),
    onSuccess: async () => {
      notifySuccess(t('common.created'));
      await queryClient.invalidateQueries({ queryKey: ['law-study'] });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { paths: { fileIds: 'files' } }),
  });
  return (
    <FormModal<ClaimValues>
      open={isOpen}
      form={form}
      title={t('lawStudy.selfStudy.create')}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
      isSubmitting={save.isPending}
      initialValues={{ kind: 'online', studiedOn: chinaToday(), hours: 1, files: [] }}
    >
      {canClaimForOthers ? (
        <Form.Item name="personId" label={t('lawStudy.person')}>
          <Select
            showSearch
            allowClear
            optionFilterProp="label"
            options={(roll.data ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.orgName}` }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="kind" label={t('lawStudy.selfStudy.kind')} rules={[{ required: true }]}>
        <Select options={(['online', 'selfStudy'] as const).map((k) => ({ value: k, label: t(`lawStudy.selfStudy.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('lawStudy.selfStudy.subject')}
        rules={[requiredTextRule(t('lawStudy.selfStudy.subject')), { max: maxLengthOf(ZCreateSelfStudyRequest, 'title') }]}
      >
        <Input />
      </Form.Item>
      <Space>
        <Form.Item name="studiedOn" label={t('lawStudy.selfStudy.studiedOn')} rules={[requiredRule(t('lawStudy.selfStudy.studiedOn'))]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="hours"
          label={t('lawStudy.hours')}
          rules={[requiredRule(t('lawStudy.hours')), numberRule(t('lawStudy.hours'), STUDY_HOURS_LIMITS)]}
        >
          <InputNumber step={0.5} />
        </Form.Item>
        <Form.Item name="source" label={t('lawStudy.selfStudy.source')} rules={[{ max: maxLengthOf(ZCreateSelfStudyRequest, 'source') }]}>
          <Input />
        </Form.Item>
      </Space>
      <Form.Item
        name="files"
        label={t('lawStudy.selfStudy.evidence')}
        rules={[
          {
            validator: (_, v: FileInfo[] | undefined) =>
              v?.length ? Promise.resolve() : Promise.reject(new Error(t('lawStudy.selfStudy.evidenceRequired'))),
          },
        ]}
      >
        <AttachmentField entityType="lawStudySelfStudy" maxCount={10} />
      </Form.Item>
    </FormModal>
  );
}

function RejectModal({
  claim,
  isSubmitting,
  onClose,
  onReject,
}: {
  claim: SelfStudy | null;
  isSubmitting: boolean;
  onClose: () => void;
  onReject: (note: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  return (
    <FormModal<{ note: string }>
      open={!!claim}
      form={form}
      title={t('lawStudy.selfStudy.rejectTitle')}
      okText={t('lawStudy.selfStudy.reject')}
      onCancel={onClose}
      onSubmit={(v) => onReject(v.note.trim())}
      isSubmitting={isSubmitting}
    >
      <Typography.Paragraph>{claim ? `${claim.personName} · ${claim.title}` : ''}</Typography.Paragraph>
      <Form.Item
        name="note"
        label={t('lawStudy.selfStudy.note')}
        rules={[
          { required: true, whitespace: true, message: t('lawStudy.selfStudy.noteRequired') },
          { max: maxLengthOf(ZReviewSelfStudyRequest, 'note') },
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

/** The claim's evidence (certificates, screenshots, exports): listed and previewed before a decision. */
function EvidenceModal({ claim, onClose }: { claim: SelfStudy | null; onClose: () => void }) {
  const { t } = useTranslation();
  const files = useQuery({
    queryKey: ['files', 'lawStudySelfStudy', claim?.id],
    queryFn: () =>
      api.get<{ items: FileInfo[] }>('/files', { query: { entityType: 'lawStudySelfStudy', entityId: claim?.id, pageSize: 200 } }),
    enabled: !!claim,
  });
  return (
    <Modal
      open={!!claim}
      title={t('lawStudy.selfStudy.evidence')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      {claim ? (
        <Typography.Paragraph>{`${claim.personName} · ${claim.title} · ${t('lawStudy.hoursValue', { hours: claim.hours })}`}</Typography.Paragraph>
      ) : null}
      {files.data?.items.length ? (
        <AttachmentField value={files.data.items} disabled />
      ) : files.isFetching ? null : (
        <Empty description={t('lawStudy.selfStudy.noEvidence')} />
      )}
    </Modal>
  );
}
