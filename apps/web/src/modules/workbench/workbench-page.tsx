import { BellOutlined, ClockCircleOutlined, ExclamationCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { workbenchApi, type DeadlineItem } from '@yifa/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Statistic, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { call } from '../../api/call.ts';
import { useSessionInfo } from '../../auth/session.ts';
import { LazyChart } from '../../components/lazy-chart.tsx';
import { formatInstant } from '../../components/format-date.ts';

function DeadlineTable({ items, isOverdue }: { items: DeadlineItem[]; isOverdue: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<DeadlineItem> = [
    {
      title: t('workbench.item'),
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, row) => (row.link ? <Link to={row.link}>{title}</Link> : title),
    },
    { title: t('workbench.org'), dataIndex: 'orgName', width: 140, ellipsis: true },
    { title: t('workbench.assignee'), dataIndex: 'assigneeName', width: 100, ellipsis: true },
    {
      title: t('workbench.dueDate'),
      dataIndex: 'dueDate',
      width: 150,
      render: (dueDate: string | null, row) => (
        <Tooltip title={row.explanationZh}>
          <span>{dueDate ?? t('workbench.paused')}</span>
          {row.isProvisional ? (
            <Tag color="gold" style={{ marginInlineStart: 6 }}>
              {t('workbench.provisional')}
            </Tag>
          ) : null}
        </Tooltip>
      ),
    },
    {
      title: isOverdue ? t('workbench.overdueBy') : t('workbench.daysLeft'),
      dataIndex: 'workingDaysLeft',
      width: 110,
      render: (days: number | null) =>
        days === null ? (
          ''
        ) : (
          <Tag color={isOverdue ? 'red' : days <= 1 ? 'orange' : 'blue'}>{t('workbench.workingDays', { count: Math.abs(days) })}</Tag>
        ),
    },
  ];
  return (
    <Table<DeadlineItem>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      pagination={false}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={isOverdue ? t('workbench.noOverdue') : t('workbench.noDueSoon')} />
        ),
      }}
    />
  );
}

/** 我的工作台: overdue and due-soon deadlines, unread notifications, this year's compliance. */
export default function WorkbenchPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSessionInfo();
  const workbench = useQuery({
    queryKey: ['workbench'],
    queryFn: () => call(workbenchApi.get, { query: { dueSoonWorkingDays: 3, limit: 20 } }),
  });
  const data = workbench.data;
  const compliance = data?.compliance ?? null;

  const chartOption = useMemo(
    () =>
      compliance
        ? {
            tooltip: { trigger: 'item' },
            legend: { bottom: 0 },
            color: ['#2f7d32', '#c0392b', '#bfbfbf'],
            series: [
              {
                type: 'pie',
                radius: ['45%', '70%'],
                center: ['50%', '45%'],
                label: { show: false },
                data: [
                  { name: `${t('workbench.complianceMet')} ${compliance.met}`, value: compliance.met },
                  { name: `${t('workbench.complianceNotMet')} ${compliance.notMet}`, value: compliance.notMet },
                  { name: `${t('workbench.complianceNotApplicable')} ${compliance.notApplicable}`, value: compliance.notApplicable },
                ],
              },
            ],
          }
        : null,
    [compliance, t],
  );

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 20, margin: '0 0 12px' }}>
        {t('workbench.greeting', { name: session.user.displayName })}
        {data ? (
          <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400, marginInlineStart: 12 }}>
            {t('workbench.today', { date: data.today })}
          </Typography.Text>
        ) : null}
      </Typography.Title>
      {data && data.provisionalCount > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('workbench.provisionalWarning', { count: data.provisionalCount })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Row gutter={[12, 12]}>
        <Col span={6}>
          <Card size="small" loading={workbench.isPending}>
            <Statistic
              title={t('workbench.overdue')}
              value={data?.overdue.count ?? 0}
              prefix={<ExclamationCircleOutlined />}
              styles={{ content: { color: (data?.overdue.count ?? 0) > 0 ? '#c0392b' : undefined } }}
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small" loading={workbench.isPending}>
            <Statistic
              title={t('workbench.dueSoon', { count: data?.dueSoonWorkingDays ?? 3 })}
              value={data?.dueSoon.count ?? 0}
              prefix={<ClockCircleOutlined />}
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card
            size="small"
            loading={workbench.isPending}
            hoverable
            onClick={() => void navigate('/notifications')}
            role="link"
            tabIndex={0}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void navigate('/notifications');
            }}
            aria-label={t('layout.notifications')}
          >
            <Statistic title={t('workbench.unread')} value={data?.unreadNotifications ?? 0} prefix={<BellOutlined />} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small" loading={workbench.isPending}>
            <Statistic
              title={compliance ? t('workbench.complianceOf', { year: compliance.year }) : t('workbench.compliance')}
              value={compliance ? compliance.met : '—'}
              suffix={compliance ? `/ ${compliance.total - compliance.notApplicable}` : undefined}
              prefix={<SafetyCertificateOutlined />}
            />
          </Card>
        </Col>
        <Col span={compliance ? 16 : 24}>
          <Card
            size="small"
            title={t('workbench.overdue')}
            style={{ marginBottom: 12 }}
            extra={<Link to="/deadlines?filter=overdue">{t('deadline.viewAll')}</Link>}
          >
            <DeadlineTable items={data?.overdue.items ?? []} isOverdue />
          </Card>
          <Card
            size="small"
            title={t('workbench.dueSoon', { count: data?.dueSoonWorkingDays ?? 3 })}
            extra={<Link to={`/deadlines?filter=dueSoon&within=${data?.dueSoonWorkingDays ?? 3}`}>{t('deadline.viewAll')}</Link>}
          >
            <DeadlineTable items={data?.dueSoon.items ?? []} isOverdue={false} />
          </Card>
        </Col>
        {compliance && chartOption ? (
          <Col span={8}>
            <Card
              size="small"
              title={t('workbench.complianceOf', { year: compliance.year })}
              extra={<Link to="/compliance">{t('deadline.viewAll')}</Link>}
            >
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('workbench.complianceComputedAt', { at: formatInstant(compliance.computedAt) })}
              </Typography.Text>
              {compliance.total === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.noRules')} />
              ) : (
                <LazyChart
                  option={chartOption}
                  height={260}
                  label={t('workbench.complianceChart', { met: compliance.met, notMet: compliance.notMet })}
                />
              )}
            </Card>
          </Col>
        ) : null}
      </Row>
    </>
  );
}
