import { PlusOutlined } from '@ant-design/icons';
import { REQUEST_STATUS_CODES, REQUEST_STATUSES, type DisclosureRequestSummary, type RequestStatus } from '@yifa/domain/disclosure-request';
import { Alert, Button, Card, Select, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../../auth/session.ts';
import { useKeysetPaging } from '../../components/keyset-pager.tsx';
import { SearchInput } from '../../components/search-input.tsx';
import { pickLabel } from '../../i18n/labels.ts';
import { RegisterRequestModal } from './register-request-modal.tsx';
import { useRequests, type RequestListFilters, type RequestListParams } from './api.ts';
import { channelLabel, outcomeLabel, RequestFlags, StatusTag } from './request-labels.tsx';
import { chinaToday } from '../../app/china-today.ts';

const THIS_YEAR = chinaToday().year();

/** 依申请公开: the township's applications, with the overdue count, 结转 and repeat flags; filters in the URL. */
export default function RequestsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const [isRegistering, setRegistering] = useState(false);
  const filters: RequestListFilters = {
    q: search.get('q') ?? undefined,
    status: REQUEST_STATUS_CODES.find((c) => c === search.get('status')),
    year: search.get('year') ? Number(search.get('year')) : undefined,
    overdue: search.get('overdue') === '1',
    repeats: search.get('repeats') === '1',
  };
  // Paged by cursor; a change of filter starts again from the first page.
  const paging = useKeysetPaging(filters);
  const params: RequestListParams = { ...filters, ...paging.query };
  const setFilter = (key: string, value: string | undefined) => {
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };
  const list = useRequests(params);

  const columns: TableColumnsType<DisclosureRequestSummary> = [
    {
      title: t('disclosureRequest.number'),
      dataIndex: 'number',
      width: 150,
      fixed: 'left',
      render: (v: string, r) => (
        <Space direction="vertical" size={2}>
          <Link to={`/disclosure-requests/${r.id}`}>{v}</Link>
          <RequestFlags r={r} />
        </Space>
      ),
    },
    { title: t('disclosureRequest.applicant'), dataIndex: 'applicantName', width: 140, ellipsis: true },
    { title: t('disclosureRequest.description'), dataIndex: 'description', ellipsis: true },
    {
      title: t('disclosureRequest.channel'),
      dataIndex: 'channel',
      width: 120,
      render: (v: DisclosureRequestSummary['channel']) => channelLabel(v, i18n.language),
    },
    { title: t('disclosureRequest.receivedOn'), dataIndex: 'receivedOn', width: 110, render: (v: string | null) => v ?? '' },
    { title: t('disclosureRequest.status'), dataIndex: 'status', width: 110, render: (v: RequestStatus) => <StatusTag status={v} /> },
    {
      title: t('disclosureRequest.replyDueOn'),
      dataIndex: 'replyDueOn',
      width: 110,
      render: (v: string | null, r) => (r.status === 'replied' ? '' : (v ?? (r.receivedOn ? t('disclosureRequest.clockStopped') : ''))),
    },
    {
      title: t('disclosureRequest.outcome'),
      dataIndex: 'outcome',
      width: 150,
      ellipsis: true,
      render: (v: DisclosureRequestSummary['outcome']) => outcomeLabel(v, i18n.language),
    },
  ];

  const overdue = list.data?.overdueCount ?? 0;
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('disclosureRequest.title')}
        </Typography.Title>
        <Space wrap>
          <SearchInput
            placeholder={t('disclosureRequest.searchPlaceholder')}
            aria-label={t('disclosureRequest.searchPlaceholder')}
            allowClear
            style={{ width: 240 }}
            defaultValue={params.q}
            onSearch={(q) => setFilter('q', q.trim() || undefined)}
          />
          <Select
            aria-label={t('disclosureRequest.status')}
            style={{ width: 130 }}
            value={params.status ?? ''}
            onChange={(v) => setFilter('status', v || undefined)}
            options={[
              { value: '', label: t('disclosureRequest.allStatuses') },
              ...Object.entries(REQUEST_STATUSES).map(([value, l]) => ({ value, label: pickLabel(l, i18n.language) })),
            ]}
          />
          <Select
            aria-label={t('disclosureRequest.allYears')}
            style={{ width: 110 }}
            value={params.year ? String(params.year) : ''}
            onChange={(v) => setFilter('year', v || undefined)}
            options={[
              { value: '', label: t('disclosureRequest.allYears') },
              ...[THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((y) => ({
                value: String(y),
                label: t('disclosureRequest.yearOption', { year: y }),
              })),
            ]}
          />
          <Space size={4}>
            <Switch
              size="small"
              checked={params.overdue}
              onChange={(on) => setFilter('overdue', on ? '1' : undefined)}
              aria-label={t('disclosureRequest.overdueOnly')}
            />
            {t('disclosureRequest.overdueOnly')}
          </Space>
          <Space size={4}>
            <Switch
              size="small"
              checked={params.repeats}
              onChange={(on) => setFilter('repeats', on ? '1' : undefined)}
              aria-label={t('disclosureRequest.repeatsOnly')}
            />
            {t('disclosureRequest.repeatsOnly')}
          </Space>
          {can('disclosure-request:request:write') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('disclosureRequest.register')}
            </Button>
          ) : null}
        </Space>
      </Space>
      {overdue > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('disclosureRequest.overdueAlert', { count: overdue })}
          action={
            <Button size="small" onClick={() => setFilter('overdue', '1')}>
              {t('disclosureRequest.overdueOnly')}
            </Button>
          }
        />
      ) : null}
      {params.repeats ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('disclosureRequest.repeatsHint')} /> : null}
      <Table<DisclosureRequestSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1060 }}
        pagination={false}
      />
      {paging.pager(list.data, list.isFetching)}
      <RegisterRequestModal isOpen={isRegistering} onClose={() => setRegistering(false)} />
    </Card>
  );
}
