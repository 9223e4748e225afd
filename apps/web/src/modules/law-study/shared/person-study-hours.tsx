import { Alert, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../../auth/session.ts';
import { currentYear, usePersonHours } from '../api.ts';

/**
 * A cadre's law-study hours this year against the target (the township's hours setting), for the
 * organisation module's cadre dialog. Shows nothing without law-study:session:read.
 */
export function PersonStudyHours({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const year = currentYear();
  const isVisible = can('law-study:session:read');
  const hours = usePersonHours(personId, year, isVisible);
  if (!isVisible || !hours.data) return null;
  const h = hours.data;
  const percent = h.targetHours > 0 ? Math.min(100, Math.round((h.totalHours / h.targetHours) * 100)) : 100;
  return (
    <Alert
      type={h.isShort ? 'warning' : 'success'}
      style={{ marginBottom: 16 }}
      message={<Typography.Text strong>{`${t('lawStudy.personHours.title')} (${t('lawStudy.yearValue', { year })})`}</Typography.Text>}
      description={
        <Space direction="vertical" size={2} style={{ width: '100%' }} data-testid="person-study-hours">
          <Progress
            percent={percent}
            size="small"
            status={h.isShort ? 'active' : 'success'}
            format={() => t('lawStudy.personHours.progress', { total: h.totalHours, target: h.targetHours })}
          />
          <Typography.Text>
            {h.isShort
              ? t('lawStudy.personHours.short', { hours: Math.round((h.targetHours - h.totalHours) * 10) / 10 })
              : t('lawStudy.personHours.met')}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('lawStudy.personHours.detail', {
              session: h.sessionHours,
              attended: h.sessionsAttended,
              missed: h.sessionsMissed,
              self: h.selfStudyHours,
            })}
          </Typography.Text>
          {h.pendingSelfStudyHours > 0 ? (
            <Typography.Text type="secondary">{t('lawStudy.personHours.pending', { hours: h.pendingSelfStudyHours })}</Typography.Text>
          ) : null}
          <Link to={`/law-study/hours?year=${year}&personId=${personId}`}>{t('lawStudy.personHours.open')}</Link>
        </Space>
      }
    />
  );
}
