import type { YearConfirmationView } from '@yifa/domain';
import { Alert, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../components/format-date.ts';

/**
 * The completeness check against 《全国年节及纪念日放假办法》 and what still keeps the year from being
 * official (docs/calendar.md "Official and provisional years"): the administrator sees why before choosing.
 */
export function ConfirmationPanel({ confirmation, isOfficial = false }: { confirmation: YearConfirmationView; isOfficial?: boolean }) {
  const { t } = useTranslation();
  const statutory =
    confirmation.lawZh === null ? null : (
      <Typography.Paragraph style={{ margin: 0 }}>
        {confirmation.isComplete
          ? t('calendar.completeAgainstLaw', { law: confirmation.lawZh, count: confirmation.statutoryDays.length })
          : t('calendar.incompleteAgainstLaw', { law: confirmation.lawZh, count: confirmation.missingStatutoryDays.length })}
        {confirmation.missingStatutoryDays.length > 0 ? (
          <Space size={[4, 4]} wrap style={{ marginInlineStart: 4 }}>
            {confirmation.missingStatutoryDays.map((d) => (
              <Tag key={d.date} color="red">{`${d.name} ${formatDay(d.date)}`}</Tag>
            ))}
          </Space>
        ) : null}
      </Typography.Paragraph>
    );
  if (confirmation.canBeOfficial) {
    return (
      <Alert
        type="success"
        showIcon
        title={t(isOfficial ? 'calendar.isConfirmed' : 'calendar.canBeOfficial')}
        description={statutory}
        style={{ marginBottom: 12 }}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      title={t('calendar.cannotBeOfficial')}
      description={
        <div>
          {statutory}
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {confirmation.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      }
      style={{ marginBottom: 12 }}
    />
  );
}
