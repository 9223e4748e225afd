import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { publicityApi, type Activity } from '@yifa/domain/publicity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { useCan } from '../../auth/session.ts';
import { useOrgs } from '../organisation/index.ts';
import { ActivityFormModal } from './activity-form-modal.tsx';
import { useKeysetPaging } from '../../components/keyset-pager.tsx';
import { downloadLedger, fetchActivity, publicityKeys, useActivities, useActivity, useCampaigns, usePageContext } from './api.ts';
import { PublicityToolbar } from './publicity-toolbar.tsx';
import { useConfirmDelete } from '../../components/row-actions.tsx';

/**
 * 普法活动: the year's activities in the caller's scope, filtered by village, campaign or a date
 * range (the compliance page's evidence links carry them in the URL); /publicity/activities/:id
 * opens one activity.
 */
export default function ActivitiesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { id: openId } = useParams();
  const queryClient = useQueryClient();
  const ctx = usePageContext();
  const filters = {
    villageId: ctx.params.get('villageId') || undefined,
    campaignId: ctx.params.get('campaignId') || undefined,
    orgId: ctx.params.get('orgId') || undefined,
    from: ctx.params.get('from') || undefined,
    to: ctx.params.get('to') || undefined,
  };
  // A change of filter, year or township starts again from the first page (useKeysetPaging).
  const paging = useKeysetPaging({ ...filters, year: ctx.year, townshipId: ctx.townshipId });
  const activities = useActivities(ctx, { ...filters, ...paging.query });
  const campaigns = useCampaigns(ctx);
  const orgs = useOrgs();
  const opened = useActivity(openId);
  const [editing, setEditing] = useState<{ activity: Activity | null } | null>(null);
  const canWrite = can('publicity:activity:write');
  const villages = (orgs.data ?? []).filter((o) => o.townshipId === ctx.townshipId && (o.kind === 'village' || o.kind === 'community'));

  const remove = useMutation({
    mutationFn: (a: Activity) => call(publicityApi.deleteActivity, { params: { id: a.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: publicityKeys.all });
    },
  });
  const askDelete = useConfirmDelete();
  const confirmDelete = (a: Activity) => askDelete(a.title, () => remove.mutateAsync(a));
  const setFilter = (key: string, value: string | undefined) => {
    ctx.setParam(key, value ?? null);
  };
  const edit = async (a: Activity) => setEditing({ activity: await fetchActivity(a.id) });

  const columns: TableColumnsType<Activity> = [
    { title: t('publicity.activity.date'), dataIndex: 'date', width: 110, fixed: 'left' },
    { title: t('publicity.activity.name'), dataIndex: 'title', ellipsis: true, width: 220 },
    { title: t('publicity.activity.campaign'), dataIndex: 'campaignName', ellipsis: true, width: 180 },
    { title: t('publicity.activity.org'), dataIndex: 'orgName', width: 130, ellipsis: true },
    { title: t('publicity.activity.venueType'), dataIndex: 'venueTypeLabelZh', width: 90, render: (v: string) => <Tag>{v}</Tag> },
    { title: t('publicity.activity.village'), dataIndex: 'villageName', width: 110, ellipsis: true },
    { title: t('publicity.activity.channel'), dataIndex: 'channelLabelZh', width: 120, ellipsis: true },
    { title: t('publicity.activity.audienceCount'), dataIndex: 'audienceCount', width: 90, align: 'right' },
    { title: t('publicity.activity.materialsCount'), dataIndex: 'materialsCount', width: 110, align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: (activities.data?.items ?? []).some((a) => a.abilities.update) ? 150 : 80,
      fixed: 'right',
      render: (_: unknown, a: Activity) => (
        <Space size={0}>
          <Button type="link" size="small" icon={a.abilities.update ? <EditOutlined /> : null} onClick={() => void edit(a)}>
            {a.abilities.update ? t('common.edit') : t('common.view')}
          </Button>
          {a.abilities.delete ? (
            <Button type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => confirmDelete(a)}>
              {t('common.delete')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  const isFiltered = !!(filters.villageId || filters.campaignId || filters.orgId || filters.from || filters.to);
  const shown = editing ?? (openId && opened.data ? { activity: opened.data } : null);
  return (
    <Card>
      <PublicityToolbar title={t('publicity.nav.activities')} ctx={ctx}>
        <Select
          allowClear
          aria-label={t('publicity.activity.village')}
          placeholder={t('publicity.allVillages')}
          style={{ width: 150 }}
          value={filters.villageId}
          showSearch={{ optionFilterProp: 'label' }}
          options={villages.map((v) => ({ value: v.id, label: v.name }))}
          onChange={(v) => setFilter('villageId', v)}
        />
        <Select
          allowClear
          aria-label={t('publicity.activity.campaign')}
          placeholder={t('publicity.allCampaigns')}
          style={{ width: 200 }}
          value={filters.campaignId}
          options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(v) => setFilter('campaignId', v)}
        />
        {isFiltered ? (
          <Button
            onClick={() => {
              for (const k of ['villageId', 'campaignId', 'orgId', 'from', 'to']) ctx.setParam(k, null);
            }}
          >
            {t('publicity.activity.clearFilters')}
          </Button>
        ) : null}
        <Button icon={<DownloadOutlined />} onClick={() => void downloadLedger(ctx)}>
          {t('publicity.downloadLedger')}
        </Button>
        {canWrite && !ctx.isAboveTownship ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ activity: null })}>
            {t('publicity.activity.create')}
          </Button>
        ) : null}
      </PublicityToolbar>
      {filters.from && filters.to ? (
        <Tag style={{ marginBottom: 12 }}>{t('publicity.activity.dateRange', { from: filters.from, to: filters.to })}</Tag>
      ) : null}
      <Table<Activity>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={activities.data?.items ?? []}
        loading={activities.isFetching}
        scroll={{ x: 1300 }}
        pagination={false}
      />
      {paging.pager(activities.data, activities.isFetching)}
      {shown ? (
        <ActivityFormModal
          isOpen
          activity={shown.activity}
          ctx={ctx}
          orgs={orgs.data ?? []}
          isReadOnly={shown.activity ? !shown.activity.abilities.update : !canWrite}
          onClose={() => {
            setEditing(null);
            if (openId) void navigate(`/publicity/activities?year=${ctx.year}`);
          }}
        />
      ) : null}
    </Card>
  );
}
