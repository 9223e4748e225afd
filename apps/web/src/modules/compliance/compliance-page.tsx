import { ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import { COMPLIANCE_STATUSES, complianceApi, type ComplianceReport, type ComplianceStatus } from '@yifa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Row,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { call } from '../../api/call.ts';
import { useCan } from '../../auth/session.ts';
import type { TranslationKey } from '../../i18n/keys.ts';
import { pickLabel } from '../../i18n/labels.ts';
import { RuleSettingsModal, type RuleSettingsTarget } from './rule-settings-modal.tsx';
import { chinaToday } from '../../app/china-today.ts';
import { formatInstant } from '../../components/format-date.ts';

type Rule = ComplianceReport['rules'][number];
type Evaluation = Rule['evaluations'][number];
type Result = Evaluation['results'][number];

const STATUS_COLOURS: Record<ComplianceStatus, string> = { met: 'green', notMet: 'red', notApplicable: 'default' };

export function StatusTag({ status }: { status: ComplianceStatus }) {
  const { i18n } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{pickLabel(COMPLIANCE_STATUSES[status], i18n.language)}</Tag>;
}

function ResultsTable({ results, onlyNotMet }: { results: Result[]; onlyNotMet: boolean }) {
  const { t } = useTranslation();
  // What needs doing first: not met, then met, then not applicable (stable within each).
  const order: Record<ComplianceStatus, number> = { notMet: 0, met: 1, notApplicable: 2 };
  const rows = (onlyNotMet ? results.filter((r) => r.status === 'notMet') : [...results]).sort((a, b) => order[a.status] - order[b.status]);
  const columns: TableColumnsType<Result> = [
    { title: t('compliance.org'), dataIndex: 'orgName', width: 170, ellipsis: true, render: (v: string | null) => v ?? '' },
    { title: t('compliance.status'), dataIndex: 'status', width: 90, render: (s: ComplianceStatus) => <StatusTag status={s} /> },
    {
      title: t('compliance.actualTarget'),
      key: 'figures',
      width: 110,
      align: 'right',
      render: (_: unknown, r) => (r.actual === null && r.target === null ? '' : `${r.actual ?? '—'} / ${r.target ?? '—'}`),
    },
    { title: t('compliance.detail'), dataIndex: 'detailZh', ellipsis: true },
    {
      title: t('compliance.evidence'),
      key: 'evidence',
      width: 260,
      render: (_: unknown, r) => (
        <Space orientation="vertical" size={0}>
          {r.evidence.map((e) => (
            <Link key={e.link + e.labelZh} to={e.link}>
              {e.labelZh}
            </Link>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Table<Result>
      rowKey="orgId"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 15 ? { pageSize: 15, size: 'small', showSizeChanger: false } : false}
      scroll={{ x: 860 }}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={onlyNotMet ? t('compliance.allMet') : t('compliance.noOrgs')} />
        ),
      }}
    />
  );
}

/**
 * 合规情况: every compliance rule (docs/deadlines-and-compliance.md) for a year, each org's result
 * with the figures and links to the records that prove it; rule settings for whoever configures them.
 */
export default function CompliancePage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const thisYear = chinaToday().year();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number(searchParams.get('year')) || thisYear;
  const [onlyNotMet, setOnlyNotMet] = useState(false);
  const [settingsTarget, setSettingsTarget] = useState<RuleSettingsTarget | null>(null);
  const queryClient = useQueryClient();
  const report = useQuery({
    queryKey: ['compliance', 'report', year],
    queryFn: () => call(complianceApi.report, { query: { year } }),
  });
  // A county view reads figures kept per township (up to 10 minutes old): recompute them on request.
  const refresh = useMutation({
    mutationFn: () => call(complianceApi.report, { query: { year, fresh: 'true' } }),
    onSuccess: (data) => queryClient.setQueryData(['compliance', 'report', year], data),
  });
  const canConfigure = can('platform:compliance:configure');
  const years = Array.from({ length: thisYear - 2019 + 1 }, (_, i) => thisYear + 1 - i);
  const isEnglish = i18n.language.startsWith('en');
  const summary = report.data?.summary;

  const ruleCard = (rule: Rule) => (
    <Card
      key={rule.code}
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space wrap size={6}>
          {/* The rule's title, not its code (disclosure-request.replies-in-time), which stays in the tooltip. */}
          <span title={rule.code}>{isEnglish ? rule.titleEn : rule.titleZh}</span>
        </Space>
      }
      extra={
        canConfigure ? (
          <Button
            size="small"
            icon={<SettingOutlined />}
            onClick={() =>
              setSettingsTarget({
                rule,
                year,
                townshipId: rule.evaluations.length === 1 ? null : (rule.evaluations[0]?.townshipId ?? null),
              })
            }
          >
            {t('compliance.settings')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        <Typography.Text strong type="secondary">
          {t('compliance.legalBasis')}
        </Typography.Text>
        {rule.legalBasis}
      </Typography.Paragraph>
      {rule.evaluations.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compliance.noOrgs')} /> : null}
      {rule.evaluations.map((ev) => (
        <div key={ev.townshipId} style={{ marginBottom: 8 }}>
          {rule.evaluations.length > 1 ? (
            <Typography.Title level={3} style={{ fontSize: 14, margin: '8px 0' }}>
              {ev.townshipName}
            </Typography.Title>
          ) : null}
          <Space size={6} wrap style={{ marginBottom: 6 }}>
            {ev.isEnabled ? null : <Tag color="default">{t('compliance.disabledThisYear')}</Tag>}
            {ev.params && typeof ev.params === 'object' && Object.keys(ev.params).length ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('compliance.params')}
                {Object.entries(ev.params as Record<string, unknown>)
                  .map(([k, v]) => `${t(`compliance.param.${k}` as TranslationKey, { defaultValue: k })} = ${JSON.stringify(v)}`)
                  .join(isEnglish ? '; ' : '；')}
              </Typography.Text>
            ) : null}
          </Space>
          {ev.errorZh ? <Alert type="error" showIcon title={ev.errorZh} style={{ marginBottom: 8 }} /> : null}
          {ev.isEnabled && !ev.errorZh ? <ResultsTable results={ev.results} onlyNotMet={onlyNotMet} /> : null}
        </div>
      ))}
    </Card>
  );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('compliance.title')}
        </Typography.Title>
        <Space wrap>
          <Checkbox checked={onlyNotMet} onChange={(e) => setOnlyNotMet(e.target.checked)}>
            {t('compliance.onlyNotMet')}
          </Checkbox>
          <Select<number>
            value={year}
            aria-label={t('compliance.year')}
            style={{ width: 120 }}
            options={years.map((y) => ({ value: y, label: t('compliance.yearOption', { year: y }) }))}
            onChange={(y) => setSearchParams(y === thisYear ? {} : { year: String(y) }, { replace: true })}
          />
        </Space>
      </Space>
      {report.data ? (
        <Space size={8} wrap style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {report.data.isLive
              ? t('compliance.liveAt', { at: formatInstant(report.data.computedAt) })
              : t('compliance.computedAt', { at: formatInstant(report.data.computedAt) })}
          </Typography.Text>
          {report.data.isLive ? null : (
            <Button size="small" icon={<ReloadOutlined />} loading={refresh.isPending} onClick={() => refresh.mutate()}>
              {t('compliance.refresh')}
            </Button>
          )}
        </Space>
      ) : null}
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {(['met', 'notMet', 'notApplicable'] as const).map((s) => (
          <Col span={6} key={s}>
            <Card size="small" loading={report.isPending}>
              <Statistic
                title={pickLabel(COMPLIANCE_STATUSES[s], i18n.language)}
                value={summary?.[s] ?? 0}
                styles={{
                  content: { color: s === 'notMet' && (summary?.notMet ?? 0) > 0 ? '#c0392b' : s === 'met' ? '#2f7d32' : undefined },
                }}
              />
            </Card>
          </Col>
        ))}
        <Col span={6}>
          <Card size="small" loading={report.isPending}>
            <Statistic title={t('compliance.total')} value={summary?.total ?? 0} />
          </Card>
        </Col>
      </Row>
      {report.isPending ? <Skeleton active /> : (report.data?.rules ?? []).map(ruleCard)}
      {report.data && report.data.rules.length === 0 ? <Empty description={t('workbench.noRules')} /> : null}
      <RuleSettingsModal target={settingsTarget} onClose={() => setSettingsTarget(null)} />
    </>
  );
}
