import { ExportOutlined, PlusOutlined } from '@ant-design/icons';
import { type BodyInput } from '@yifa/domain';
import { type Org } from '@yifa/domain/organisation';
import { publicityApi, ZDutyItemInput, type DutyItem } from '@yifa/domain/publicity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { useCan, useSessionInfo } from '../../auth/session.ts';
import { maxLengthOf } from '../../components/contract-limits.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { useOrgs } from '../organisation/index.ts';
import { monthsOfQuarter, publicityKeys, useDutyItems, usePageContext, usePublicityOptions, type PageContext } from './api.ts';
import { plannedPeriodText, PublicityToolbar } from './publicity-toolbar.tsx';
import { EditDeleteActions } from '../../components/row-actions.tsx';

interface Values {
  orgId: string;
  laws: string;
  audienceTypes: string[];
  measures: string;
  plannedMonths: number[];
  responsible?: string;
}
const STATE_COLOR = { done: 'green', pending: 'default', missed: 'red' } as const;

function DutyFormModal({ item, ctx, offices, onClose }: { item: DutyItem | null; ctx: PageContext; offices: Org[]; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSessionInfo();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const options = usePublicityOptions(ctx);
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values): Promise<unknown> => {
      const fields = {
        laws: v.laws.trim(),
        audienceTypes: v.audienceTypes,
        measures: v.measures.trim(),
        plannedMonths: v.plannedMonths ?? [],
        responsible: v.responsible?.trim() || null,
      };
      if (item) return call(publicityApi.updateDutyItem, { params: { id: item.id }, body: { ...fields, version: item.version } });
      const body: BodyInput<typeof publicityApi.createDutyItem> = { orgId: v.orgId, year: ctx.year, ...fields };
      return call(publicityApi.createDutyItem, { body });
    },
    onSuccess: async () => {
      notifySuccess(item ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: publicityKeys.all });
      onClose();
    },
    onError: (error) =>
      reportFormError(form, error, {
        fields: ['orgId', 'laws', 'audienceTypes', 'measures', 'plannedMonths', 'responsible'],
        codeFields: { 'PUBLICITY.INVALID_ORG': 'orgId' },
      }),
  });
  const ownOffice = offices.find((o) => o.id === session.user.orgId)?.id;
  const initialValues: Partial<Values> = item
    ? {
        orgId: item.orgId,
        laws: item.laws,
        audienceTypes: item.audienceTypes,
        measures: item.measures,
        plannedMonths: item.plannedMonths,
        responsible: item.responsible ?? '',
      }
    : { plannedMonths: [], audienceTypes: [], ...(ownOffice ? { orgId: ownOffice } : {}) };
  const months = Form.useWatch('plannedMonths', form) ?? [];
  const toggleQuarter = (q: number) => {
    const qm = monthsOfQuarter(q);
    const has = qm.every((m) => months.includes(m));
    form.setFieldValue(
      'plannedMonths',
      has ? months.filter((m) => !qm.includes(m)) : [...new Set([...months, ...qm])].sort((a, b) => a - b),
    );
  };
  return (
    <FormModal<Values>
      open
      width={640}
      title={item ? t('publicity.duty.edit') : t('publicity.duty.create')}
      form={form}
      onSubmit={(v) => save.mutate(v)}
      onCancel={onClose}
      isSubmitting={save.isPending}
      initialValues={initialValues}
    >
      <Form.Item
        name="orgId"
        label={t('publicity.duty.org')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('publicity.duty.org') }) }]}
      >
        <Select
          disabled={!!item}
          showSearch={{ optionFilterProp: 'label' }}
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
      <Form.Item
        name="laws"
        label={t('publicity.duty.laws')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('publicity.duty.laws') }) }]}
      >
        <Input.TextArea rows={2} maxLength={maxLengthOf(ZDutyItemInput, 'laws')} />
      </Form.Item>
      <Form.Item
        name="audienceTypes"
        label={t('publicity.duty.audience')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('publicity.duty.audience') }) }]}
      >
        <Select mode="multiple" options={options.audienceType} />
      </Form.Item>
      <Form.Item
        name="measures"
        label={t('publicity.duty.measures')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('publicity.duty.measures') }) }]}
      >
        <Input.TextArea rows={2} maxLength={maxLengthOf(ZDutyItemInput, 'measures')} />
      </Form.Item>
      <Form.Item label={t('publicity.duty.quarterShortcut')}>
        <Space>
          {[1, 2, 3, 4].map((q) => (
            <Button
              key={q}
              size="small"
              type={monthsOfQuarter(q).every((m) => months.includes(m)) ? 'primary' : 'default'}
              onClick={() => toggleQuarter(q)}
            >
              {t('publicity.duty.quarter', { n: q })}
            </Button>
          ))}
        </Space>
      </Form.Item>
      <Form.Item name="plannedMonths" label={t('publicity.duty.months')}>
        <Checkbox.Group
          options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('publicity.duty.month', { n: i + 1 }) }))}
        />
      </Form.Item>
      <Form.Item name="responsible" label={t('publicity.duty.responsible')}>
        <Input maxLength={maxLengthOf(ZDutyItemInput, 'responsible')} />
      </Form.Item>
    </FormModal>
  );
}

/** 普法责任清单: every office's list of the year with the state of each line (谁执法谁普法). */
export default function DutiesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const queryClient = useQueryClient();
  const ctx = usePageContext();
  const orgId = ctx.params.get('orgId') || undefined;
  const items = useDutyItems(ctx, orgId);
  const orgs = useOrgs();
  const [editing, setEditing] = useState<{ item: DutyItem | null } | null>(null);
  const canWrite = can('publicity:duty:write') && !ctx.isAboveTownship;
  // The public site (/gk/<division code>/) publishes the lists, as the 2017 意见 requires.
  const publicCode = (orgs.data ?? []).find((o) => o.id === ctx.townshipId)?.divisionCode ?? null;
  const offices = (orgs.data ?? []).filter((o) => o.townshipId === ctx.townshipId && (o.kind === 'department' || o.kind === 'township'));
  const remove = useMutation({
    mutationFn: (d: DutyItem) => call(publicityApi.deleteDutyItem, { params: { id: d.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: publicityKeys.all });
    },
  });
  const columns: TableColumnsType<DutyItem> = [
    { title: t('publicity.duty.org'), dataIndex: 'orgName', width: 130, fixed: 'left' },
    { title: t('publicity.duty.laws'), dataIndex: 'laws', width: 220 },
    { title: t('publicity.duty.audience'), dataIndex: 'audienceLabelsZh', width: 160, render: (v: string[]) => v.join('、') },
    { title: t('publicity.duty.measures'), dataIndex: 'measures', width: 260 },
    { title: t('publicity.duty.period'), dataIndex: 'plannedMonths', width: 130, render: (m: number[]) => plannedPeriodText(m, t) },
    { title: t('publicity.duty.responsible'), dataIndex: 'responsible', width: 110 },
    {
      title: t('publicity.duty.state'),
      dataIndex: 'state',
      width: 90,
      render: (s: DutyItem['state']) => <Tag color={STATE_COLOR[s]}>{t(`publicity.duty.states.${s}`)}</Tag>,
    },
    {
      title: t('publicity.duty.activityCount'),
      dataIndex: 'activityCount',
      width: 90,
      align: 'right',
      render: (n: number, d: DutyItem) => (n ? <Link to={`/publicity/activities?year=${d.year}&orgId=${d.orgId}`}>{n}</Link> : 0),
    },
    // Row buttons from each line's abilities: an office changes its own list, not another's.
    ...((items.data ?? []).some((d) => d.abilities.update || d.abilities.delete)
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            fixed: 'right' as const,
            render: (_: unknown, d: DutyItem) =>
              d.abilities.update && d.abilities.delete ? (
                <EditDeleteActions name={d.laws} onEdit={() => setEditing({ item: d })} onDelete={() => remove.mutateAsync(d)} />
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Card>
      <PublicityToolbar title={t('publicity.nav.duties')} ctx={ctx}>
        <Select
          allowClear
          aria-label={t('publicity.duty.org')}
          placeholder={t('common.allOrgs')}
          style={{ width: 170 }}
          value={orgId}
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(v?: string) => ctx.setParam('orgId', v ?? null)}
        />
        {publicCode ? (
          <Button icon={<ExportOutlined />} href={`/gk/${publicCode}/publicity/duty-list?year=${ctx.year}`} target="_blank" rel="noopener">
            {t('publicity.duty.publicPage')}
          </Button>
        ) : null}
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ item: null })}>
            {t('publicity.duty.create')}
          </Button>
        ) : null}
      </PublicityToolbar>
      <Alert type="info" showIcon title={t('publicity.duty.intro')} style={{ marginBottom: 12 }} />
      <Table<DutyItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items.data ?? []}
        loading={items.isFetching}
        pagination={false}
        scroll={{ x: 1400 }}
        locale={{ emptyText: t('publicity.duty.empty') }}
      />
      {editing ? <DutyFormModal item={editing.item} ctx={ctx} offices={offices} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}
