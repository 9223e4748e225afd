import { Table, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { SourceTag, StatusTag } from './calendar-labels.tsx';
import type { YearRow } from './calendar-model.ts';
import './calendar.css';

/**
 * Every stored year and the years around today that are still missing. A missing or provisional year is
 * the one that matters: deadlines falling in it are provisional until its notice is entered and confirmed.
 */
export function YearList({
  rows,
  selected,
  onSelect,
  isLoading,
}: {
  rows: YearRow[];
  selected: number | null;
  onSelect: (year: number) => void;
  isLoading: boolean;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<YearRow> = [
    { title: t('calendar.year'), dataIndex: 'year', width: 64, render: (year: number) => <strong>{year}</strong> },
    {
      title: t('calendar.status'),
      key: 'status',
      width: 96,
      render: (_: unknown, row) => <StatusTag status={row.summary?.status ?? null} />,
    },
    {
      title: t('calendar.sourceTitle'),
      key: 'source',
      render: (_: unknown, row) =>
        row.summary ? (
          <Tooltip title={row.summary.notice ?? undefined}>
            <span>
              <SourceTag source={row.summary.source} />
            </span>
          </Tooltip>
        ) : null,
    },
    {
      title: t('calendar.counts'),
      key: 'counts',
      width: 76,
      align: 'right',
      render: (_: unknown, row) =>
        row.summary ? (
          <Tooltip title={t('calendar.countsHint', { off: row.summary.holidayCount, worked: row.summary.makeUpWorkdayCount })}>
            <span>
              {row.summary.holidayCount} / {row.summary.makeUpWorkdayCount}
            </span>
          </Tooltip>
        ) : null,
    },
  ];
  return (
    <Table<YearRow>
      rowKey="year"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={isLoading}
      pagination={false}
      scroll={{ y: 'calc(100vh - 300px)' }}
      rowClassName={(row) =>
        [row.summary?.status === 'official' ? '' : 'yifa-row-warning', row.year === selected ? 'yifa-row-selected' : ''].join(' ')
      }
      onRow={(row) => ({
        onClick: () => onSelect(row.year),
        onKeyDown: (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onSelect(row.year);
          }
        },
        tabIndex: 0,
        'aria-selected': row.year === selected,
        'aria-label': row.summary
          ? t(row.summary.status === 'official' ? 'calendar.rowLabelOfficial' : 'calendar.rowLabelProvisional', { year: row.year })
          : t('calendar.rowLabelMissing', { year: row.year }),
        style: { cursor: 'pointer' },
      })}
    />
  );
}
