import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { type BodyInput } from '@yifa/domain';
import { publicityApi, ZCampaignInput, type Campaign } from '@yifa/domain/publicity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Select, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { useCan } from '../../auth/session.ts';
import { maxLengthOf } from '../../components/contract-limits.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { publicityKeys, useCampaigns, usePageContext, usePublicityOptions, type PageContext } from './api.ts';
import { PublicityToolbar } from './publicity-toolbar.tsx';
import { EditDeleteActions } from '../../components/row-actions.tsx';

interface Values {
  theme: string;
  name: string;
  period: [Dayjs, Dayjs];
  notes?: string;
}

function CampaignFormModal({ campaign, ctx, onClose }: { campaign: Campaign | null; ctx: PageContext; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const options = usePublicityOptions(ctx);
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values): Promise<unknown> => {
      const body: BodyInput<typeof publicityApi.createCampaign> = {
        theme: v.theme,
        name: v.name.trim(),
        startDate: v.period[0].format('YYYY-MM-DD'),
        endDate: v.period[1].format('YYYY-MM-DD'),
        notes: v.notes?.trim() || null,
      };
      return campaign
        ? call(publicityApi.updateCampaign, { params: { id: campaign.id }, body: { ...body, version: campaign.version } })
        : call(publicityApi.createCampaign, { body });
    },
    onSuccess: async () => {
      notifySuccess(campaign ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: publicityKeys.all });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { paths: { startDate: 'period', endDate: 'period' } }),
  });
  const initialValues: Partial<Values> = campaign
    ? {
        theme: campaign.theme,
        name: campaign.name,
        period: [dayjs(campaign.startDate), dayjs(campaign.endDate)],
        notes: campaign.notes ?? '',
      }
    : {};
  return (
    <FormModal<Values>
      open
      title={campaign ? t('publicity.campaign.edit') : t('publicity.campaign.create')}
      form={form}
      onSubmit={(v) => save.mutate(v)}
      onCancel={onClose}
      isSubmitting={save.isPending}
      initialValues={initialValues}
    >
      <Form.Item
        name="theme"
        label={t('publicity.campaign.theme')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('publicity.campaign.theme') }) }]}
      >
        <Select options={options.campaignTheme} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('publicity.campaign.name')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('publicity.campaign.name') }) }]}
      >
        <Input maxLength={maxLengthOf(ZCampaignInput, 'name')} />
      </Form.Item>
      <Form.Item
        name="period"
        label={t('publicity.campaign.period')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('publicity.campaign.period') }) }]}
      >
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="notes" label={t('publicity.campaign.notes')}>
        <Input.TextArea rows={2} maxLength={maxLengthOf(ZCampaignInput, 'notes')} />
      </Form.Item>
    </FormModal>
  );
}

/** 主题活动: the township's publicity calendar of a year (seeded with the national days), and copying it to the next year. */
export default function CampaignsPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const ctx = usePageContext();
  const campaigns = useCampaigns(ctx);
  const [editing, setEditing] = useState<{ campaign: Campaign | null } | null>(null);
  const canWrite = can('publicity:campaign:write') && !ctx.isAboveTownship;
  const refresh = () => queryClient.invalidateQueries({ queryKey: publicityKeys.all });

  const remove = useMutation({
    mutationFn: (c: Campaign) => call(publicityApi.deleteCampaign, { params: { id: c.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await refresh();
    },
  });
  const roll = useMutation({
    mutationFn: () => call(publicityApi.rollCampaigns, { body: { fromYear: ctx.year, toYear: ctx.year + 1 } }),
    onSuccess: async (r) => {
      notifySuccess(t('publicity.campaign.rolled', r));
      await refresh();
      ctx.setYear(ctx.year + 1);
    },
  });

  const columns: TableColumnsType<Campaign> = [
    { title: t('publicity.campaign.name'), dataIndex: 'name', ellipsis: true },
    { title: t('publicity.campaign.theme'), dataIndex: 'themeLabelZh', width: 220, ellipsis: true },
    {
      title: t('publicity.campaign.period'),
      key: 'period',
      width: 220,
      render: (_: unknown, c: Campaign) => `${c.startDate} ~ ${c.endDate}`,
    },
    {
      title: t('publicity.campaign.activityCount'),
      dataIndex: 'activityCount',
      width: 100,
      align: 'right',
      render: (n: number, c: Campaign) => <Link to={`/publicity/activities?year=${c.year}&campaignId=${c.id}`}>{n}</Link>,
    },
    // Row buttons from each campaign's abilities (the server's policy), never from the role.
    ...((campaigns.data ?? []).some((c) => c.abilities.update || c.abilities.delete)
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            fixed: 'right' as const,
            render: (_: unknown, c: Campaign) =>
              c.abilities.update && c.abilities.delete ? (
                <EditDeleteActions name={c.name} onEdit={() => setEditing({ campaign: c })} onDelete={() => remove.mutateAsync(c)} />
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Card>
      <PublicityToolbar title={t('publicity.nav.campaigns')} ctx={ctx}>
        {canWrite ? (
          <Button
            icon={<CopyOutlined />}
            disabled={!campaigns.data?.length}
            onClick={() =>
              modal.confirm({
                title: t('publicity.campaign.roll', { year: ctx.year + 1 }),
                content: t('publicity.campaign.rollConfirm', { from: ctx.year, to: ctx.year + 1 }),
                okText: t('common.confirm'),
                cancelText: t('common.cancel'),
                onOk: () => roll.mutateAsync().catch(() => undefined),
              })
            }
          >
            {t('publicity.campaign.roll', { year: ctx.year + 1 })}
          </Button>
        ) : null}
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ campaign: null })}>
            {t('publicity.campaign.create')}
          </Button>
        ) : null}
      </PublicityToolbar>
      <Table<Campaign>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={campaigns.data ?? []}
        loading={campaigns.isFetching}
        pagination={false}
        scroll={{ x: 900 }}
      />
      {editing ? <CampaignFormModal campaign={editing.campaign} ctx={ctx} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}
