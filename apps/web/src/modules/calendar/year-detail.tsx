import { DeleteOutlined, EditOutlined, ImportOutlined } from '@ant-design/icons';
import type { CalendarYearDetail } from '@yifa/domain';
import { Alert, Button, Empty, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay, formatInstant } from '../../components/format-date.ts';
import { SourceTag, StatusTag } from './calendar-labels.tsx';
import { ConfirmationPanel } from './confirmation-panel.tsx';
import { DayRunsTable } from './day-runs-table.tsx';
import { MonthGrid } from './month-grid.tsx';

export interface YearDetailProps {
  year: number;
  detail: CalendarYearDetail | undefined;
  isMissing: boolean;
  isLoading: boolean;
  canWrite: boolean;
  onEdit: (detail: CalendarYearDetail | null) => void;
  onImport: () => void;
  onDelete: (year: number) => void;
}

/** One year: the month grid, the runs of days, and (for the system administrator) edit, import, delete. */
export function YearDetail({ year, detail, isMissing, isLoading, canWrite, onEdit, onImport, onDelete }: YearDetailProps) {
  const { t } = useTranslation();
  const actions = canWrite ? (
    <Space wrap>
      <Button type={isMissing ? 'primary' : 'default'} icon={<ImportOutlined />} onClick={onImport}>
        {t('calendar.importNotice')}
      </Button>
      <Button icon={<EditOutlined />} onClick={() => onEdit(detail ?? null)}>
        {isMissing ? t('calendar.enterManually') : t('calendar.editDays')}
      </Button>
      {detail ? (
        <Button danger icon={<DeleteOutlined />} onClick={() => onDelete(year)}>
          {t('common.delete')}
        </Button>
      ) : null}
    </Space>
  ) : null;

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Space align="center" wrap>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('calendar.yearTitle', { year })}
          </Typography.Title>
          {detail ? <StatusTag status={detail.status} /> : null}
          {detail ? <SourceTag source={detail.source} /> : null}
          {detail?.notice ? <Typography.Text type="secondary">{detail.notice}</Typography.Text> : null}
          {detail?.noticeDate ? (
            <Typography.Text type="secondary">{t('calendar.noticeDated', { date: formatDay(detail.noticeDate) })}</Typography.Text>
          ) : null}
        </Space>
        {actions}
      </Space>
      {isMissing ? (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.missingTitle', { year })}
          description={canWrite ? t('calendar.missingHintWriter', { year }) : t('calendar.missingHint', { year })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {isLoading ? <Skeleton active /> : null}
      {detail ? (
        <>
          {detail.status === 'provisional' ? (
            <Alert
              type="warning"
              showIcon
              title={t('calendar.provisionalTitle', { year })}
              description={t('calendar.provisionalHint', { year })}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <ConfirmationPanel confirmation={detail.confirmation} isOfficial={detail.status === 'official'} />
          <MonthGrid year={year} holidays={detail.holidays} makeUpWorkdays={detail.makeUpWorkdays} />
          <Typography.Title level={3} style={{ fontSize: 15, margin: '16px 0 8px' }}>
            {t('calendar.runsTitle')}
          </Typography.Title>
          <DayRunsTable holidays={detail.holidays} makeUpWorkdays={detail.makeUpWorkdays} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            {t('calendar.updated', { at: formatInstant(detail.updatedAt), name: detail.updatedByName ?? t('calendar.system') })}
          </Typography.Paragraph>
        </>
      ) : null}
      {!isLoading && !detail && !isMissing ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.selectYear')} /> : null}
    </div>
  );
}
