import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../components/format-date.ts';
import { dayRuns, type DayEntry, type DayRun } from './calendar-model.ts';

/** A year's days off and make-up working days as the notice states them: one row per run of days. */
export function DayRunsTable({ holidays, makeUpWorkdays }: { holidays: DayEntry[]; makeUpWorkdays: DayEntry[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<DayRun> = [
    { title: t('calendar.dayName'), dataIndex: 'name', width: 150 },
    {
      title: t('calendar.dayKind'),
      dataIndex: 'kind',
      width: 110,
      render: (kind: DayRun['kind']) =>
        kind === 'holiday' ? <Tag color="red">{t('calendar.kindHoliday')}</Tag> : <Tag color="blue">{t('calendar.kindMakeUp')}</Tag>,
    },
    {
      title: t('calendar.dates'),
      key: 'dates',
      render: (_: unknown, run) =>
        run.from === run.to ? formatDay(run.from) : t('explanation.range', { from: formatDay(run.from), to: formatDay(run.to) }),
    },
    { title: t('calendar.dayCount'), dataIndex: 'count', width: 80, align: 'right' },
  ];
  return (
    <Table<DayRun>
      rowKey={(r) => `${r.kind}:${r.from}`}
      size="small"
      columns={columns}
      dataSource={dayRuns(holidays, makeUpWorkdays)}
      pagination={false}
    />
  );
}
