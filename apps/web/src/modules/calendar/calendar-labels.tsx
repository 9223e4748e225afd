import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import type { CalendarYearSource, CalendarYearStatus } from '@yifa/domain/calendar';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Where a year's schedule came from (docs/calendar.md "Where the years come from"). */
export function SourceTag({ source }: { source: CalendarYearSource }) {
  const { t } = useTranslation();
  const colour = source === 'manual' ? 'purple' : source === 'notice-import' ? 'blue' : 'default';
  return <Tag color={colour}>{t(`calendar.source.${source}`)}</Tag>;
}

/** 正式 (complete and confirmed with its notice) or 暂定 (deadlines on it are flagged); null = not entered. */
export function StatusTag({ status }: { status: CalendarYearStatus | null }) {
  const { t } = useTranslation();
  if (status === 'official')
    return (
      <Tag color="green" icon={<CheckCircleOutlined />}>
        {t('calendar.statusOfficial')}
      </Tag>
    );
  if (status === 'provisional')
    return (
      <Tag color="orange" icon={<ExclamationCircleOutlined />}>
        {t('calendar.statusProvisional')}
      </Tag>
    );
  return (
    <Tag color="warning" icon={<ExclamationCircleOutlined />}>
      {t('calendar.missing')}
    </Tag>
  );
}
