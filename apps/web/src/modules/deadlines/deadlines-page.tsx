import { InfoCircleOutlined } from '@ant-design/icons';
import type { DeadlineFilter, DeadlineItem } from '@yifa/domain';
import {
  Button,
  Card,
  Checkbox,
  Drawer,
  Empty,
  InputNumber,
  Segmented,
  Space,
  Table,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDay } from '../../components/format-date.ts';
import { useKeysetPaging } from '../../components/keyset-pager.tsx';
import { useDeadline, useDeadlines } from './api.ts';
import { DeadlineDetails } from './deadline-details.tsx';
import { DaysLeftTag, ProvisionalTag } from './deadline-tags.tsx';

const FILTERS: DeadlineFilter[] = ['overdue', 'dueSoon', 'all'];

function readFilter(value: string | null): DeadlineFilter {
  return FILTERS.includes(value as DeadlineFilter) ? (value as DeadlineFilter) : 'all';
}

function readWithin(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 60 ? n : 3;
}

/**
 * 期限: the open statutory deadlines the modules registered, in the caller's scope. The filter is in
 * the URL (?filter=overdue|dueSoon|all&within=N&mine=1), so the workbench links straight to a view.
 */
export default function DeadlinesPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readFilter(searchParams.get('filter'));
  const within = readWithin(searchParams.get('within'));
  const isMine = searchParams.get('mine') === '1';
  // A change of filter (in the URL) starts again from the first page.
  const paging = useKeysetPaging({ filter, within, isMine });
  const [explaining, setExplaining] = useState<DeadlineItem | null>(null);
  const list = useDeadlines({ filter, withinWorkingDays: within, assignedToMe: isMine, ...paging.query });
  const detail = useDeadline(explaining?.id ?? null);

  const update = (changes: Record<string, string | null>) => {
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  };

  const columns: TableColumnsType<DeadlineItem> = [
    {
      title: t('deadline.item'),
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, row) => (row.link ? <Link to={row.link}>{title}</Link> : title),
    },
    { title: t('deadline.org'), dataIndex: 'orgName', width: 140, ellipsis: true },
    {
      title: t('deadline.assignee'),
      dataIndex: 'assigneeName',
      width: 100,
      ellipsis: true,
      render: (v: string | null) =>
        v ?? (
          <Tooltip title={t('deadline.unassigned')}>
            <Typography.Text type="secondary">{t('deadline.unassignedShort')}</Typography.Text>
          </Tooltip>
        ),
    },
    {
      title: t('deadline.dueDate'),
      dataIndex: 'dueDate',
      width: 200,
      render: (dueDate: string | null, row) => (
        <Space size={4}>
          <span>{dueDate ? formatDay(dueDate) : t('deadline.paused')}</span>
          {row.isProvisional ? <ProvisionalTag /> : null}
        </Space>
      ),
    },
    {
      title: t('deadline.remaining'),
      dataIndex: 'workingDaysLeft',
      width: 200,
      render: (days: number | null) => <DaysLeftTag days={days} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_: unknown, row) => (
        <Button
          type="link"
          size="small"
          icon={<InfoCircleOutlined />}
          onClick={() => setExplaining(row)}
          aria-label={`${t('deadline.explain')}: ${row.title}`}
        >
          {t('deadline.explain')}
        </Button>
      ),
    },
  ];

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Space align="baseline">
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('deadline.title')}
          </Typography.Title>
          {list.data ? (
            <Typography.Text type="secondary">{t('deadline.today', { date: formatDay(list.data.today) })}</Typography.Text>
          ) : null}
        </Space>
        <Space wrap>
          <Segmented<DeadlineFilter>
            value={filter}
            onChange={(value) => update({ filter: value === 'all' ? null : value })}
            options={[
              { value: 'overdue', label: t('deadline.filterOverdue') },
              { value: 'dueSoon', label: t('deadline.filterDueSoon') },
              { value: 'all', label: t('deadline.filterAll') },
            ]}
          />
          {filter === 'dueSoon' ? (
            <InputNumber<number>
              min={1}
              max={60}
              value={within}
              aria-label={t('deadline.withinLabel')}
              suffix={t('deadline.withinDays')}
              style={{ width: 110 }}
              onChange={(value) => {
                if (value) update({ within: String(value) });
              }}
            />
          ) : null}
          <Checkbox checked={isMine} onChange={(e) => update({ mine: e.target.checked ? '1' : null })}>
            {t('deadline.assignedToMe')}
          </Checkbox>
        </Space>
      </Space>
      <Table<DeadlineItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 900 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={filter === 'overdue' ? t('deadline.emptyOverdue') : t('deadline.empty')}
            />
          ),
        }}
        pagination={false}
      />
      {paging.pager(list.data, list.isFetching)}
      <Drawer
        open={!!explaining}
        title={explaining ? t('deadline.explainTitle', { title: explaining.title }) : ''}
        size={560}
        onClose={() => setExplaining(null)}
        destroyOnHidden
      >
        <DeadlineDetails deadline={detail.data} isLoading={detail.isPending} />
      </Drawer>
    </Card>
  );
}
