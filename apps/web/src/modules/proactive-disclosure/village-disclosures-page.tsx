import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type FileInfo } from '@yifa/domain';
import { proactiveDisclosureApi as pdApi, ZVillageDisclosureInput, type VillageDisclosure } from '@yifa/domain/proactive-disclosure';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { useCan } from '../../auth/session.ts';
import { AttachmentField, contentUrl } from '../../components/attachment-field/index.ts';
import { maxLengthOf } from '../../components/contract-limits.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { useOrgs } from '../organisation/index.ts';
import { pdKeys, useVillageDisclosures, type VillageDisclosureFilters } from './api.ts';
import { useKeysetPaging } from '../../components/keyset-pager.tsx';
import { chinaToday } from '../../app/china-today.ts';

type Values = {
  orgId: string;
  kind: 'villageAffairs' | 'partyAffairs';
  periodKey: string;
  disclosedOn: Dayjs;
  contentSummary: string;
  files?: FileInfo[];
};
const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

/** 村务公开、党务公开 per village and period (month or quarter), with photos; ?orgId=&year= from the compliance page. */
export default function VillageDisclosuresPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const can = useCan();
  const canWrite = can('proactive-disclosure:board:write');
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const [filters, setFilters] = useState<VillageDisclosureFilters>({
    ...(search.get('orgId') ? { orgId: search.get('orgId')! } : {}),
    ...(search.get('year') ? { year: Number(search.get('year')) } : {}),
  });
  // A change of filter starts again from the first page (useKeysetPaging).
  const paging = useKeysetPaging(filters, 50);
  const list = useVillageDisclosures({ ...filters, ...paging.query });
  const orgs = useOrgs();
  const villages = (orgs.data ?? []).filter((o) => o.kind === 'village' || o.kind === 'community');
  const [isCreating, setCreating] = useState(false);
  const [form] = Form.useForm<Values>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: pdKeys.all });
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values) =>
      call(pdApi.createVillageDisclosure, {
        body: {
          orgId: v.orgId,
          kind: v.kind,
          periodKey: v.periodKey.trim(),
          disclosedOn: v.disclosedOn.format('YYYY-MM-DD'),
          contentSummary: v.contentSummary.trim(),
          attachmentIds: (v.files ?? []).map((f) => f.id),
        },
      }),
    onSuccess: async () => {
      notifySuccess(t('common.created'));
      await refresh();
      setCreating(false);
    },
    onError: (error) => reportFormError(form, error, { paths: { attachmentIds: 'files' } }),
  });
  const remove = useMutation({
    mutationFn: (d: VillageDisclosure) => call(pdApi.deleteVillageDisclosure, { params: { id: d.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await refresh();
    },
  });
  const columns: TableColumnsType<VillageDisclosure> = [
    { title: t('proactiveDisclosure.village.village'), dataIndex: 'orgName', width: 150 },
    {
      title: t('proactiveDisclosure.village.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (v: 'villageAffairs' | 'partyAffairs') => (
        <Tag color={v === 'partyAffairs' ? 'red' : 'blue'}>{t(`proactiveDisclosure.village.${v}`)}</Tag>
      ),
    },
    { title: t('proactiveDisclosure.village.period'), dataIndex: 'periodLabelZh', width: 130 },
    { title: t('proactiveDisclosure.village.disclosedOn'), dataIndex: 'disclosedOn', width: 120 },
    { title: t('proactiveDisclosure.village.content'), dataIndex: 'contentSummary' },
    {
      title: t('proactiveDisclosure.village.photos'),
      dataIndex: 'files',
      width: 200,
      render: (files: FileInfo[]) =>
        files.map((f) => (
          <div key={f.id}>
            <a href={contentUrl(f, true)} target="_blank" rel="noreferrer">
              {f.originalName}
            </a>
          </div>
        )),
    },
    // The delete button follows each record's abilities (the server's policy).
    ...((list.data?.items ?? []).some((d) => d.abilities.delete)
      ? [
          {
            title: t('common.actions'),
            key: 'a',
            width: 90,
            render: (_: unknown, d: VillageDisclosure) =>
              d.abilities.delete ? (
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() =>
                    modal.confirm({
                      title: t('common.confirmDelete', { name: `${d.orgName} ${d.periodLabelZh}` }),
                      okButtonProps: { danger: true },
                      onOk: () => remove.mutateAsync(d).catch(() => undefined),
                    })
                  }
                >
                  {t('common.delete')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  const thisYear = chinaToday().year();
  return (
    <Card>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Space wrap>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('proactiveDisclosure.village.title')}
          </Typography.Title>
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={t('proactiveDisclosure.village.allVillages')}
            aria-label={t('proactiveDisclosure.village.village')}
            value={filters.orgId}
            options={villages.map((o) => ({ value: o.id, label: o.name }))}
            onChange={(v: string | undefined) => setFilters((f) => ({ ...f, orgId: v }))}
          />
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('proactiveDisclosure.village.allKinds')}
            aria-label={t('proactiveDisclosure.village.kind')}
            options={[
              { value: 'villageAffairs', label: t('proactiveDisclosure.village.villageAffairs') },
              { value: 'partyAffairs', label: t('proactiveDisclosure.village.partyAffairs') },
            ]}
            onChange={(v: VillageDisclosure['kind'] | undefined) => setFilters((f) => ({ ...f, kind: v }))}
          />
          <Select
            style={{ width: 100 }}
            value={filters.year ?? 0}
            aria-label={t('proactiveDisclosure.pub.year')}
            options={[
              { value: 0, label: t('common.all') },
              ...Array.from({ length: 5 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) })),
            ]}
            onChange={(v: number) => setFilters((f) => ({ ...f, year: v || undefined }))}
          />
        </Space>
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('proactiveDisclosure.village.create')}
          </Button>
        ) : null}
      </Space>
      <Table<VillageDisclosure>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1000 }}
        pagination={false}
      />
      {paging.pager(list.data, list.isFetching)}
      <FormModal<Values>
        open={isCreating}
        form={form}
        title={t('proactiveDisclosure.village.createTitle')}
        isSubmitting={save.isPending}
        onCancel={() => setCreating(false)}
        onSubmit={(v) => save.mutate(v)}
        initialValues={{
          kind: 'villageAffairs',
          disclosedOn: chinaToday(),
          periodKey: chinaToday().format('YYYY-MM'),
          files: [],
          ...(villages.length === 1 ? { orgId: villages[0]!.id } : {}),
        }}
      >
        <Form.Item
          name="orgId"
          label={t('proactiveDisclosure.village.village')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('proactiveDisclosure.village.village') }) }]}
        >
          <Select options={villages.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('proactiveDisclosure.village.kind')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'villageAffairs', label: t('proactiveDisclosure.village.villageAffairs') },
              { value: 'partyAffairs', label: t('proactiveDisclosure.village.partyAffairs') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="periodKey"
          label={t('proactiveDisclosure.village.period')}
          extra={t('proactiveDisclosure.village.periodHint')}
          rules={[{ required: true, pattern: PERIOD, message: t('proactiveDisclosure.village.periodInvalid') }]}
        >
          <Input maxLength={7} />
        </Form.Item>
        <Form.Item name="disclosedOn" label={t('proactiveDisclosure.village.disclosedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="contentSummary"
          label={t('proactiveDisclosure.village.content')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('proactiveDisclosure.village.content') }) }]}
        >
          <Input.TextArea rows={3} maxLength={maxLengthOf(ZVillageDisclosureInput, 'contentSummary')} />
        </Form.Item>
        <Form.Item name="files" label={t('proactiveDisclosure.village.photos')}>
          <AttachmentField />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
