import type { CalendarYearSource } from '@yifa/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Where a year's schedule came from (docs/calendar.md "Where the years come from"). */
export function SourceTag({ source }: { source: CalendarYearSource }) {
  const { t } = useTranslation();
  const colour = source === 'manual' ? 'purple' : source === 'notice-import' ? 'blue' : 'default';
  return <Tag color={colour}>{t(`calendar.source.${source}`)}</Tag>;
}
