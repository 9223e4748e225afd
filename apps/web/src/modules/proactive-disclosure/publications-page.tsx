import { DeleteOutlined, EditOutlined, GlobalOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { proactiveDisclosureApi as pdApi, type Publication } from '@yifa/domain/proactive-disclosure';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Drawer,
  Input,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { useCan, useSessionInfo } from '../../auth/session.ts';
import { contentUrl } from '../../components/attachment-field/index.ts';
import { useOrgs } from '../organisation/index.ts';
import { pdKeys, useCatalog, useChannels, useFacts, usePublication, usePublications, type PublicationFilters } from './api.ts';
import { PublicationFormModal } from './publication-form-modal.tsx';
import { chinaToday } from '../../app/china-today.ts';
import { useKeysetPaging } from '../../components/keyset-pager.tsx';
import { useConfirmDelete } from '../../components/row-actions.tsx';

const thisYear = chinaToday().year();

/** 主动公开记录: the year's figures, the list with search and filters, 逾期公开 flagged; /publications/:id opens one. */
export default function PublicationsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const canWrite = can('proactive-disclosure:publication:write');
  const navigate = useNavigate();
  const { id: openId } = useParams();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<PublicationFilters>({ year: thisYear });
  // A change of filter starts again from the first page (useKeysetPaging).
  const paging = useKeysetPaging(filters);
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const list = usePublications({ ...filters, ...paging.query });
  const catalog = useCatalog();
  const channels = useChannels();
  // The year's figures are the township's own (a county reviewer has none of its own).
  const facts = useFacts(thisYear, !!useSessionInfo().user.townshipId);
  const pending = usePublications({ pageSize: 1, status: 'pending' });
  const detail = usePublication(editing && editing !== 'new' ? editing : (openId ?? null));
  const orgs = useOrgs(can('org:org:read'));
  const township = orgs.data?.find((o) => o.kind === 'township');
  const isEn = i18n.language === 'en';
  const channelLabel = (code: string) => {
    const e = channels.data?.find((c) => c.code === code);
    return e ? (isEn ? e.labelEn : e.labelZh) : code;
  };
  const set = (patch: Partial<PublicationFilters>) => setFilters((f) => ({ ...f, ...patch }));

  const remove = useMutation({
    mutationFn: (p: Publication) => call(pdApi.deletePublication, { params: { id: p.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: pdKeys.all });
    },
  });
  const askDelete = useConfirmDelete();
  const confirmDelete = (p: Publication) => askDelete(p.title, () => remove.mutateAsync(p));

  const statusTag = (p: Publication) => {
    if (!p.publishedOn) return <Tag color="gold">{t('proactiveDisclosure.pub.pending')}</Tag>;
    if (p.isLate)
      return (
        <Tag color="red">
          {t('proactiveDisclosure.pub.late')} · {t('proactiveDisclosure.pub.lateDays', { n: p.workingDaysLate ?? 0 })}
        </Tag>
      );
    return <Tag color="green">{t('proactiveDisclosure.pub.onTime')}</Tag>;
  };

  const columns: TableColumnsType<Publication> = [
    {
      title: t('proactiveDisclosure.pub.infoTitle'),
      dataIndex: 'title',
      ellipsis: true,
      render: (v: string, p) => (
        <Typography.Link onClick={() => navigate(`/proactive-disclosure/publications/${p.id}`)}>{v}</Typography.Link>
      ),
    },
    { title: t('proactiveDisclosure.pub.catalogItem'), dataIndex: 'catalogItemTitle', width: 200, ellipsis: true },
    { title: t('proactiveDisclosure.pub.formedOn'), dataIndex: 'formedOn', width: 120 },
    {
      title: t('proactiveDisclosure.pub.dueDate'),
      dataIndex: 'dueDate',
      width: 120,
      render: (v: string, p) => (p.isProvisional ? <Tooltip title={t('proactiveDisclosure.pub.provisional')}>{v}*</Tooltip> : v),
    },
    { title: t('proactiveDisclosure.pub.publishedOn'), dataIndex: 'publishedOn', width: 120, render: (v: string | null) => v ?? '—' },
    {
      title: t('proactiveDisclosure.pub.channels'),
      dataIndex: 'channels',
      width: 180,
      ellipsis: true,
      render: (v: string[]) => v.map(channelLabel).join('、'),
    },
    { title: t('proactiveDisclosure.pub.status'), key: 'status', width: 190, render: (_: unknown, p) => statusTag(p) },
    // Row buttons from each record's abilities (the server's policy: the caller's scope and permission).
    ...((list.data?.items ?? []).some((p) => p.abilities.update || p.abilities.delete)
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            fixed: 'right' as const,
            render: (_: unknown, p: Publication) => (
              <Space size={0}>
                {p.abilities.update ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={`${t('common.edit')}: ${p.title}`}
                    onClick={() => setEditing(p.id)}
                  >
                    {t('common.edit')}
                  </Button>
                ) : null}
                {p.abilities.delete ? (
                  <Button
                    type="link"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t('common.delete')}: ${p.title}`}
                    onClick={() => confirmDelete(p)}
                  >
                    {t('common.delete')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];

  const shown = openId ? detail.data : null;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={16}>
        <Col span={8}>
          <Card>
            <Statistic title={t('proactiveDisclosure.pub.summaryCards.total')} value={facts.data?.publications ?? 0} />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic
              title={t('proactiveDisclosure.pub.summaryCards.late')}
              value={facts.data?.latePublications ?? 0}
              valueStyle={{ color: (facts.data?.latePublications ?? 0) > 0 ? '#cf1322' : undefined }}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card>
            <Statistic
              title={t('proactiveDisclosure.pub.summaryCards.pending')}
              value={pending.data?.total?.count ?? 0}
              suffix={pending.data?.total?.isCapped ? '+' : undefined}
            />
          </Card>
        </Col>
      </Row>
      <Card>
        <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
              {t('proactiveDisclosure.pub.title')}
            </Typography.Title>
            <Input.Search
              allowClear
              placeholder={t('proactiveDisclosure.pub.searchPlaceholder')}
              aria-label={t('proactiveDisclosure.pub.searchPlaceholder')}
              style={{ width: 220 }}
              onSearch={(q) => set({ q: q || undefined })}
            />
            <Select
              allowClear
              style={{ width: 220 }}
              placeholder={t('proactiveDisclosure.pub.allItems')}
              aria-label={t('proactiveDisclosure.pub.catalogItem')}
              showSearch
              optionFilterProp="label"
              options={(catalog.data ?? []).map((c) => ({ value: c.id, label: isEn && c.titleEn ? c.titleEn : c.titleZh }))}
              onChange={(v: string | undefined) => set({ catalogItemId: v })}
            />
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder={t('proactiveDisclosure.pub.allStatus')}
              aria-label={t('proactiveDisclosure.pub.status')}
              options={[
                { value: 'pending', label: t('proactiveDisclosure.pub.pending') },
                { value: 'published', label: t('proactiveDisclosure.pub.published') },
              ]}
              onChange={(v: 'pending' | 'published' | undefined) => set({ status: v })}
            />
            <Select
              style={{ width: 100 }}
              value={filters.year ?? 0}
              aria-label={t('proactiveDisclosure.pub.year')}
              options={[
                { value: 0, label: t('common.all') },
                ...Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) })),
              ]}
              onChange={(v: number) => set({ year: v || undefined })}
            />
            <Checkbox onChange={(e) => set({ isLate: e.target.checked ? 'true' : undefined })}>
              {t('proactiveDisclosure.pub.onlyLate')}
            </Checkbox>
          </Space>
          <Space>
            {township?.divisionCode ? (
              <Button icon={<GlobalOutlined />} href={`/gk/${township.divisionCode}/info`} target="_blank">
                {t('proactiveDisclosure.pub.publicPage')}
              </Button>
            ) : null}
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('proactiveDisclosure.pub.create')}
              </Button>
            ) : null}
          </Space>
        </Space>
        <Table<Publication>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1200 }}
          pagination={false}
        />
        {paging.pager(list.data, list.isFetching)}
      </Card>
      <Drawer
        open={!!openId}
        width={640}
        title={t('proactiveDisclosure.pub.detailTitle')}
        onClose={() => navigate('/proactive-disclosure/publications')}
        extra={
          shown ? (
            <Space>
              {/* 待公开 → 已公开 is offered exactly when the workflow allows it (workflow.ts). */}
              {shown.allowedSteps.includes('publish') ? (
                <Button type="primary" icon={<SendOutlined />} onClick={() => setEditing(shown.id)}>
                  {t('proactiveDisclosure.pub.publish')}
                </Button>
              ) : null}
              {shown.abilities.update ? (
                <Button icon={<EditOutlined />} onClick={() => setEditing(shown.id)}>
                  {t('common.edit')}
                </Button>
              ) : null}
            </Space>
          ) : null
        }
      >
        {shown ? (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('proactiveDisclosure.pub.infoTitle')}>{shown.title}</Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.catalogItem')}>{shown.catalogItemTitle}</Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.docNumber')}>{shown.docNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.indexNumber')}>{shown.indexNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.summary')}>{shown.summary ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.formedOn')}>{shown.formedOn}</Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.dueDate')}>{shown.dueDate}</Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.publishedOn')}>{shown.publishedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.status')}>{statusTag(shown)}</Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.channels')}>
              {shown.channels.map(channelLabel).join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.explanation')}>{shown.dueExplanationZh}</Descriptions.Item>
            <Descriptions.Item label={t('proactiveDisclosure.pub.attachments')}>
              <Space direction="vertical">
                {shown.files.map((f) => (
                  <a key={f.id} href={contentUrl(f)}>
                    {f.originalName}
                    {shown.publicFileIds.includes(f.id) ? (
                      <Tag style={{ marginLeft: 8 }} color="blue">
                        {t('proactiveDisclosure.pub.publicFiles')}
                      </Tag>
                    ) : null}
                  </a>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        ) : null}
      </Drawer>
      {editing && (editing === 'new' || detail.data?.id === editing) ? (
        <PublicationFormModal
          isOpen
          catalog={catalog.data ?? []}
          publication={editing === 'new' ? null : (detail.data ?? null)}
          key={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Space>
  );
}
