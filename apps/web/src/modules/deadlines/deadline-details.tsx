import { LinkOutlined } from '@ant-design/icons';
import { DEADLINE_STATUSES, type DeadlineDetail } from '@yifa/domain';
import { Button, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DeadlineExplanationView } from '../../components/deadline-explanation.tsx';
import { formatDay, formatInstant } from '../../components/format-date.ts';
import { pickLabel } from '../../i18n/labels.ts';
import { DaysLeftTag, ProvisionalTag } from './deadline-tags.tsx';

/** One deadline: what, whose, when, and how the date was computed (used by the drawer and the /deadlines/:id page). */
export function DeadlineDetails({ deadline, isLoading }: { deadline: DeadlineDetail | undefined; isLoading: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  if (isLoading || !deadline) return <Skeleton active />;
  return (
    <div>
      <Descriptions size="small" column={1} bordered styles={{ label: { width: 120 } }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('deadline.item')}>{deadline.title}</Descriptions.Item>
        <Descriptions.Item label={t('deadline.org')}>{deadline.orgName ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('deadline.assignee')}>{deadline.assigneeName ?? t('deadline.unassigned')}</Descriptions.Item>
        <Descriptions.Item label={t('deadline.dueDate')}>
          <Space size={4} wrap>
            <span>{deadline.dueDate ? formatDay(deadline.dueDate) : t('explanation.noDueDate')}</span>
            {deadline.isProvisional ? <ProvisionalTag /> : null}
            {deadline.status === 'open' ? <DaysLeftTag days={deadline.workingDaysLeft} /> : null}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('deadline.status')}>
          <Tag color={deadline.status === 'open' ? 'blue' : deadline.status === 'met' ? 'green' : 'default'}>
            {pickLabel(DEADLINE_STATUSES[deadline.status], i18n.language)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('deadline.computedAt')}>{formatInstant(deadline.computedAt)}</Descriptions.Item>
      </Descriptions>
      {deadline.link ? (
        <Button icon={<LinkOutlined />} onClick={() => void navigate(deadline.link!)}>
          {t('deadline.openRecord')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('deadline.noRecordLink')}</Typography.Text>
      )}
      <Typography.Title level={2} style={{ fontSize: 16, margin: '20px 0 8px' }}>
        {t('explanation.title')}
      </Typography.Title>
      <DeadlineExplanationView explanation={deadline.explanation} isProvisional={deadline.isProvisional} />
    </div>
  );
}
