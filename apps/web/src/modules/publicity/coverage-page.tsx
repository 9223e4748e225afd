import { DownloadOutlined } from '@ant-design/icons';
import type { Coverage, SummaryGroup } from '@yifa/domain/publicity';
import { Button, Card, Col, Row, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LazyChart } from '../../components/lazy-chart.tsx';
import { downloadLedger, useCoverage, usePageContext, useSummary } from './api.ts';
import { plannedPeriodText, PublicityToolbar } from './publicity-toolbar.tsx';

type VillageRow = Coverage['villages'][number];
type VenueRow = Coverage['venueTypes'][number];
const STATE_COLOR = { done: 'green', pending: 'default', missed: 'red' } as const;

/**
 * 覆盖与统计: the year's figures a report quotes, a monthly chart, villages × quarters (a 0 is a
 * quarter without publicity in that village), the six "进" × months, and the duty lists' state.
 */
export default function CoveragePage() {
  const { t } = useTranslation();
  const ctx = usePageContext();
  const coverage = useCoverage(ctx);
  const summary = useSummary(ctx);
  const s = summary.data;

  const monthChart = useMemo(
    () =>
      s
        ? {
            tooltip: { trigger: 'axis' },
            legend: { top: 0, left: 'center', data: [t('publicity.coverage.activities'), t('publicity.coverage.people')] },
            grid: { left: 48, right: 56, top: 40, bottom: 28 },
            // Every month named (ECharts drops every other label when they are tight).
            xAxis: {
              type: 'category',
              data: s.byMonth.map((m) => t('publicity.coverage.monthN', { n: m.month })),
              axisLabel: { interval: 0, fontSize: 11 },
            },
            yAxis: [
              { type: 'value', minInterval: 1 },
              { type: 'value', minInterval: 1 },
            ],
            series: [
              { name: t('publicity.coverage.activities'), type: 'bar', data: s.byMonth.map((m) => m.activities) },
              { name: t('publicity.coverage.people'), type: 'line', yAxisIndex: 1, data: s.byMonth.map((m) => m.people) },
            ],
          }
        : null,
    [s, t],
  );
  const pie = (groups: SummaryGroup[]) => ({
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    // A plain legend wraps onto more lines: every entry is visible at 1366×768, none paged behind "1/4".
    legend: { bottom: 0, left: 'center', type: 'plain', itemGap: 8, itemWidth: 14 },
    series: [
      {
        type: 'pie',
        radius: ['24%', '46%'],
        center: ['50%', '36%'],
        data: groups.map((g) => ({ name: g.labelZh, value: g.activities })),
        label: { show: true, position: 'inside', formatter: '{c}' },
      },
    ],
  });

  const quarterCols: TableColumnsType<VillageRow> = [
    {
      title: t('publicity.activity.village'),
      dataIndex: 'name',
      fixed: 'left',
      width: 140,
      render: (name: string, v: VillageRow) => <Link to={`/publicity/activities?year=${ctx.year}&villageId=${v.orgId}`}>{name}</Link>,
    },
    ...[1, 2, 3, 4].map((q) => ({
      title: t('publicity.coverage.quarterN', { n: q }),
      key: `q${q}`,
      width: 90,
      align: 'center' as const,
      render: (_: unknown, v: VillageRow) => (v.quarters[q - 1] ? v.quarters[q - 1] : <Typography.Text type="danger">0</Typography.Text>),
    })),
    { title: t('publicity.coverage.total'), dataIndex: 'total', width: 80, align: 'center' },
  ];
  const monthCols: TableColumnsType<VenueRow> = [
    { title: t('publicity.activity.venueType'), dataIndex: 'labelZh', fixed: 'left', width: 90 },
    ...Array.from({ length: 12 }, (_, i) => ({
      title: t('publicity.coverage.monthN', { n: i + 1 }),
      key: `m${i}`,
      width: 56,
      align: 'center' as const,
      render: (_: unknown, v: VenueRow) => v.months[i],
    })),
    { title: t('publicity.coverage.total'), dataIndex: 'total', width: 70, align: 'center' },
  ];
  const dutyCols: TableColumnsType<Coverage['dutyItems'][number]> = [
    { title: t('publicity.duty.org'), dataIndex: 'orgName', width: 130 },
    { title: t('publicity.duty.laws'), dataIndex: 'laws' },
    { title: t('publicity.duty.period'), dataIndex: 'plannedMonths', width: 140, render: (m: number[]) => plannedPeriodText(m, t) },
    { title: t('publicity.duty.activityCount'), dataIndex: 'activityCount', width: 90, align: 'right' },
    {
      title: t('publicity.duty.state'),
      dataIndex: 'state',
      width: 90,
      render: (st: keyof typeof STATE_COLOR) => <Tag color={STATE_COLOR[st]}>{t(`publicity.duty.states.${st}`)}</Tag>,
    },
  ];
  const c = coverage.data;
  return (
    <Card>
      <PublicityToolbar title={t('publicity.nav.coverage')} ctx={ctx}>
        <Button icon={<DownloadOutlined />} onClick={() => void downloadLedger(ctx)}>
          {t('publicity.downloadLedger')}
        </Button>
      </PublicityToolbar>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={5}>
          <Statistic title={t('publicity.coverage.activities')} value={s?.totals.activities ?? 0} loading={summary.isPending} />
        </Col>
        <Col span={5}>
          <Statistic title={t('publicity.coverage.people')} value={s?.totals.people ?? 0} loading={summary.isPending} />
        </Col>
        <Col span={5}>
          <Statistic title={t('publicity.coverage.materials')} value={s?.totals.materials ?? 0} loading={summary.isPending} />
        </Col>
        <Col span={5}>
          <Statistic
            title={t('publicity.coverage.villagesReached')}
            value={s?.totals.villagesReached ?? 0}
            suffix={`/ ${s?.totals.villages ?? 0}`}
            loading={summary.isPending}
          />
        </Col>
        <Col span={4}>
          <Statistic title={t('publicity.coverage.caseExplained')} value={s?.totals.caseExplained ?? 0} loading={summary.isPending} />
        </Col>
      </Row>
      {c ? (
        <Typography.Paragraph>
          <Link to={`/publicity/activities?from=${c.constitutionWeek.start}&to=${c.constitutionWeek.end}`}>
            {t('publicity.coverage.constitutionWeek', {
              start: c.constitutionWeek.start,
              end: c.constitutionWeek.end,
              count: c.constitutionWeek.activityCount,
            })}
          </Link>
        </Typography.Paragraph>
      ) : null}
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('publicity.coverage.chartMonths')}
          </Typography.Title>
          {monthChart ? <LazyChart option={monthChart} height={320} label={t('publicity.coverage.chartMonths')} /> : null}
        </Col>
        <Col span={6}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('publicity.coverage.byVenueType')}
          </Typography.Title>
          {s ? <LazyChart option={pie(s.byVenueType)} height={320} label={t('publicity.coverage.chartVenue')} /> : null}
        </Col>
        <Col span={6}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('publicity.coverage.byChannel')}
          </Typography.Title>
          {s ? <LazyChart option={pie(s.byChannel)} height={320} label={t('publicity.coverage.chartChannel')} /> : null}
        </Col>
      </Row>
      {/* One table per row: side by side at 1366×768 they hid Q4 and 11–12月 behind a scroll bar. */}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col span={24}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('publicity.coverage.villageQuarters')}
          </Typography.Title>
          <Table<VillageRow>
            rowKey="orgId"
            size="small"
            columns={quarterCols}
            dataSource={c?.villages ?? []}
            loading={coverage.isFetching}
            pagination={c && c.villages.length > 12 ? { pageSize: 12, size: 'small' } : false}
            scroll={{ x: 520 }}
          />
          <Typography.Text type="secondary">{t('publicity.coverage.zeroHint')}</Typography.Text>
        </Col>
        <Col span={24}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('publicity.coverage.venueMonths')}
          </Typography.Title>
          <Table<VenueRow>
            rowKey="code"
            size="small"
            columns={monthCols}
            dataSource={c?.venueTypes ?? []}
            loading={coverage.isFetching}
            pagination={false}
            scroll={{ x: 830 }}
          />
        </Col>
      </Row>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
        {t('publicity.coverage.dutyItems')}
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        columns={dutyCols}
        dataSource={c?.dutyItems ?? []}
        loading={coverage.isFetching}
        pagination={false}
        locale={{ emptyText: t('publicity.duty.empty') }}
      />
    </Card>
  );
}
