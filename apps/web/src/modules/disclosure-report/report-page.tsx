import { DownloadOutlined, ReloadOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { draftNarrative, type DisclosureReportView, type NarrativeSections, type Table2 } from '@yifa/domain/disclosure-report';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { notifySuccess } from '../../app/notifier.ts';
import { EvidenceDrawer } from './evidence-drawer.tsx';
import { PublishModal } from './publish-modal.tsx';
import { reportApi, reportKey } from './api.ts';
import { Table2Editor, Table3View, Table4View, type EvidenceFigure } from './report-tables.tsx';
import { chinaToday } from '../../app/china-today.ts';
import { useTownship } from '../../components/use-township.tsx';

const STATUS_COLOURS = { none: 'default', draft: 'blue', published: 'green' } as const;

/** The report is for the year just ended (due 31 January, 条例第四十九条), so the default is last year. */
function defaultYear(): number {
  return chinaToday().year() - 1;
}

/**
 * 政府信息公开工作年度报告: tables 3 and 4 computed from the request records (click a figure for its
 * records), table 2 entered by hand, the narrative drafted from the figures, every consistency rule
 * of the national format checked; saved, exported (Word / Excel) and published.
 */
export default function ReportPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || defaultYear();
  // A county reviewer reads the report of the township they pick (the report is each township's own).
  const { townshipId, isKnown, picker } = useTownship();
  const report = useQuery({ queryKey: reportKey(year, townshipId), queryFn: () => reportApi.get(year, townshipId), enabled: isKnown });
  const [table2, setTable2] = useState<Table2 | null>(null);
  const [narrative, setNarrative] = useState<NarrativeSections | null>(null);
  const [figure, setFigure] = useState<EvidenceFigure | null>(null);
  const [publishing, setPublishing] = useState(false);
  useEffect(() => {
    if (!report.data) return;
    setTable2(report.data.table2);
    setNarrative(report.data.narrative);
  }, [report.data]);

  const apply = (view: DisclosureReportView) => queryClient.setQueryData(reportKey(year, townshipId), view);
  const save = useMutation({
    mutationFn: () => reportApi.save(year, townshipId, { version: report.data!.version, table2: table2!, narrative: narrative! }),
    onSuccess: (view) => {
      apply(view);
      notifySuccess(t('disclosureReport.saved'));
    },
  });
  const publish = useMutation({
    mutationFn: (crossYearExplanation?: string) =>
      reportApi.publish(year, townshipId, { version: report.data!.version!, ...(crossYearExplanation ? { crossYearExplanation } : {}) }),
    onSuccess: (view) => {
      apply(view);
      setPublishing(false);
      notifySuccess(t('disclosureReport.published'));
    },
  });
  const download = useMutation({ mutationFn: (format: 'docx' | 'xlsx') => reportApi.download(year, townshipId, format) });

  const thisYear = chinaToday().year();
  const years = Array.from({ length: thisYear - 2019 + 1 }, (_, i) => thisYear - i);
  const view = report.data;
  // The buttons follow what the server says the caller may do (policy.ts) and which steps are open (workflow.ts).
  const canEdit = !!view?.abilities.save;
  const errors = view?.violations.filter((v) => v.severity === 'error') ?? [];
  const warnings = view?.violations.filter((v) => v.severity === 'warning') ?? [];
  const dirty =
    !!view && (JSON.stringify(table2) !== JSON.stringify(view.table2) || JSON.stringify(narrative) !== JSON.stringify(view.narrative));

  const redraft = () =>
    modal.confirm({
      title: t('disclosureReport.redraft'),
      content: t('disclosureReport.redraftConfirm'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        view &&
        setNarrative(
          draftNarrative({ year, townshipName: view.townshipName, table3: view.table3, table4: view.table4, activity: view.activity }),
        ),
    });
  const narrativeField = (key: keyof NarrativeSections) => (
    <Card size="small" title={t(`disclosureReport.section.${key}`)} style={{ marginBottom: 12 }}>
      {canEdit && narrative ? (
        <Input.TextArea
          aria-label={t(`disclosureReport.section.${key}`)}
          value={narrative[key]}
          autoSize={{ minRows: key === 'overview' ? 8 : 3, maxRows: 24 }}
          onChange={(e) => setNarrative({ ...narrative, [key]: e.target.value })}
        />
      ) : (
        (narrative?.[key] ?? '').split('\n').map((p, i) => <Typography.Paragraph key={i}>{p}</Typography.Paragraph>)
      )}
    </Card>
  );

  return (
    <Card
      title={
        <Space>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('disclosureReport.title')}
          </Typography.Title>
          {view && <Tag color={STATUS_COLOURS[view.status]}>{t(`disclosureReport.status.${view.status}`)}</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          {picker}
          <Select
            aria-label={t('disclosureReport.year')}
            value={year}
            style={{ width: 120 }}
            onChange={(y) =>
              setParams((prev) => {
                const c = new URLSearchParams(prev);
                c.set('year', String(y));
                return c;
              })
            }
            options={years.map((y) => ({ value: y, label: t('disclosureReport.yearOption', { year: y }) }))}
          />
          {canEdit && (
            <Button icon={<SaveOutlined />} type={dirty ? 'primary' : 'default'} loading={save.isPending} onClick={() => save.mutate()}>
              {t('disclosureReport.save')}
            </Button>
          )}
          {view?.abilities.publish && (
            <Button icon={<SendOutlined />} disabled={!view.allowedSteps.includes('publish') || dirty} onClick={() => setPublishing(true)}>
              {t('disclosureReport.publish')}
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            loading={download.isPending && download.variables === 'docx'}
            onClick={() => download.mutate('docx')}
          >
            {t('disclosureReport.exportWord')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={download.isPending && download.variables === 'xlsx'}
            onClick={() => download.mutate('xlsx')}
          >
            {t('disclosureReport.exportExcel')}
          </Button>
        </Space>
      }
    >
      {report.isPending || !view || !table2 ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('disclosureReport.deadlineHint')}</Typography.Paragraph>
          {view.publicUrl && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 12 }}
              title={
                <span>
                  {t('disclosureReport.published')}：
                  <a href={view.publicUrl} target="_blank" rel="noreferrer">
                    {t('disclosureReport.viewPublic')}
                  </a>
                </span>
              }
            />
          )}
          {errors.length === 0 ? (
            <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('disclosureReport.consistencyOk')} />
          ) : (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('disclosureReport.consistencyErrors', { count: errors.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {errors.map((v, i) => (
                    <li key={i}>
                      <Tag>{t('disclosureReport.rule', { rule: v.rule })}</Tag>
                      {v.messageZh}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          {warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('disclosureReport.consistencyWarnings', { count: warnings.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {warnings.map((v, i) => (
                    <li key={i}>{v.messageZh}</li>
                  ))}
                </ul>
              }
            />
          )}
          {view.anomalies.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('disclosureReport.anomalies')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {view.anomalies.map((a) => (
                    <li key={a.id}>
                      {a.number}：{a.reasonZh}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          {view.narrativeIsDraft && canEdit && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('disclosureReport.draftHint')}
              action={
                <Button size="small" icon={<ReloadOutlined />} onClick={redraft}>
                  {t('disclosureReport.redraft')}
                </Button>
              }
            />
          )}

          {narrativeField('overview')}
          {!view.narrativeIsDraft && canEdit && (
            <div style={{ marginBottom: 12 }}>
              <Button size="small" icon={<ReloadOutlined />} onClick={redraft}>
                {t('disclosureReport.redraft')}
              </Button>
            </div>
          )}
          <Card
            size="small"
            title={t('disclosureReport.section.table2')}
            style={{ marginBottom: 12 }}
            extra={<Tag color="orange">{t('disclosureReport.manualHint')}</Tag>}
          >
            {view.activity && (
              <Typography.Paragraph type="secondary">
                {t('disclosureReport.activity', {
                  publications: view.activity.publications,
                  late: view.activity.latePublications,
                  boards: view.activity.boardUpdates,
                  village: view.activity.villageAffairsDisclosures,
                  party: view.activity.partyAffairsDisclosures,
                })}
              </Typography.Paragraph>
            )}
            <Table2Editor value={table2} onChange={setTable2} readOnly={!canEdit} violations={view.violations} />
          </Card>
          <Card size="small" title={t('disclosureReport.section.table3')} style={{ marginBottom: 12 }}>
            <Typography.Paragraph type="secondary">
              {view.previousCarriedForward
                ? t(`disclosureReport.previousSource.${view.previousCarriedForward.source}`, {
                    total: view.previousCarriedForward.values.total,
                  })
                : t('disclosureReport.noPrevious')}
            </Typography.Paragraph>
            <div style={{ overflowX: 'auto' }}>
              <Table3View figures={view} counts={view.evidenceCounts.table3} violations={view.violations} onOpen={setFigure} />
            </div>
          </Card>
          <Card size="small" title={t('disclosureReport.section.table4')} style={{ marginBottom: 12 }}>
            <div style={{ overflowX: 'auto' }}>
              <Table4View figures={view} counts={view.evidenceCounts.table4} violations={view.violations} onOpen={setFigure} />
            </div>
          </Card>
          {narrativeField('problems')}
          {narrativeField('other')}
          <EvidenceDrawer year={year} townshipId={townshipId} figure={figure} onClose={() => setFigure(null)} />
          <PublishModal
            year={year}
            open={publishing}
            busy={publish.isPending}
            needsCrossYear={errors.some((e) => e.rule === 5)}
            onCancel={() => setPublishing(false)}
            onPublish={(x) => publish.mutate(x)}
          />
        </>
      )}
    </Card>
  );
}
