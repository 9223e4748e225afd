import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** Working days left (negative: overdue), as a coloured tag; null: the clock is stopped. */
export function DaysLeftTag({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days === null) return <Tag>{t('deadline.paused')}</Tag>;
  if (days < 0) return <Tag color="red">{t('deadline.overdueBy', { count: -days })}</Tag>;
  if (days === 0) return <Tag color="orange">{t('deadline.dueToday')}</Tag>;
  return <Tag color={days <= 1 ? 'orange' : 'blue'}>{t('deadline.daysLeft', { count: days })}</Tag>;
}

/** 暂定: the due date rests on a year whose State Council holiday schedule is not entered yet. */
export function ProvisionalTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('explanation.provisional')}>
      <Tag color="gold" tabIndex={0} aria-label={t('explanation.provisional')}>
        {t('workbench.provisional')}
      </Tag>
    </Tooltip>
  );
}
