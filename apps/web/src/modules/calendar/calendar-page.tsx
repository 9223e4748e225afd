import { App, Alert, Button, Card, Col, Row, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { notifySuccess } from '../../app/notifier.ts';
import { formatList } from '../../components/format-date.ts';
import { useCan } from '../../auth/session.ts';
import { useCalendarYear, useCalendarYears, useDeleteCalendarYear } from './api.ts';
import { defaultYear, yearRows } from './calendar-model.ts';
import { DeadlineCalculator } from './deadline-calculator.tsx';
import { NoticeImportModal } from './notice-import-modal.tsx';
import { YearDetail } from './year-detail.tsx';
import { YearEditorModal, type YearEditorTarget } from './year-editor-modal.tsx';
import { YearList } from './year-list.tsx';
import { chinaToday } from '../../app/china-today.ts';

/**
 * 工作日历: the State Council holiday schedule of each year that every deadline is counted on
 * (docs/calendar.md), and the 期限计算器. Only the system administrator edits the calendar: it is
 * national, one for every township.
 */
export default function CalendarPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const can = useCan();
  const canWrite = can('platform:calendar:write');
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('tab') === 'calculator' ? 'calculator' : 'years';
  const years = useCalendarYears();
  const rows = useMemo(() => (years.data ? yearRows(years.data) : []), [years.data]);
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<YearEditorTarget | null>(null);
  const [importYear, setImportYear] = useState<number | null>(null);
  const remove = useDeleteCalendarYear();

  useEffect(() => {
    if (selected === null && years.data) setSelected(defaultYear(years.data, chinaToday().year()));
  }, [years.data, selected]);

  const selectedRow = rows.find((r) => r.year === selected);
  const isMissing = !!selectedRow && selectedRow.summary === null;
  const detail = useCalendarYear(selectedRow?.summary ? selectedRow.year : null);
  const missing = years.data?.missingYears ?? [];
  const upcomingMissing = missing.filter((y) => y >= chinaToday().year());
  // A provisional year keeps live deadlines provisional just as a missing one does.
  const upcomingProvisional = (years.data?.items ?? [])
    .filter((y) => y.status === 'provisional' && y.year >= chinaToday().year())
    .map((y) => y.year);

  const confirmDelete = (year: number) =>
    modal.confirm({
      title: t('calendar.deleteTitle', { year }),
      content: t('calendar.deleteHint', { year }),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove
          .mutateAsync(year)
          .then((r) => {
            notifySuccess(t('calendar.deletedWithRecompute', { year, checked: r.recompute.checked, changed: r.recompute.changed }));
          })
          .catch(() => undefined),
    });

  const yearsTab = (
    <>
      {upcomingMissing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={`${t('calendar.missingBanner', { years: formatList(upcomingMissing) })}${t('calendar.missingBannerHint')}`}
          action={
            canWrite ? (
              <Button size="small" onClick={() => setImportYear(upcomingMissing[0]!)}>
                {t('calendar.importNotice')}
              </Button>
            ) : undefined
          }
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {upcomingProvisional.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.provisionalBanner', { years: formatList(upcomingProvisional) })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Row gutter={16} wrap={false}>
        <Col flex="330px" style={{ minWidth: 0 }}>
          <Card size="small" styles={{ body: { padding: 0 } }}>
            <YearList rows={rows} selected={selected} onSelect={setSelected} isLoading={years.isPending} />
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card size="small" styles={{ body: { padding: 16 } }}>
            {selected !== null ? (
              <YearDetail
                year={selected}
                detail={detail.data}
                isMissing={isMissing}
                isLoading={!!selectedRow?.summary && detail.isPending}
                canWrite={canWrite}
                onEdit={(d) =>
                  setEditing(
                    d
                      ? {
                          year: d.year,
                          source: 'manual',
                          notice: d.notice,
                          noticeDate: d.noticeDate,
                          holidays: d.holidays,
                          makeUpWorkdays: d.makeUpWorkdays,
                        }
                      : { year: selected, source: 'manual', notice: null, noticeDate: null, holidays: [], makeUpWorkdays: [] },
                  )
                }
                onImport={() => setImportYear(selected)}
                onDelete={confirmDelete}
              />
            ) : null}
          </Card>
        </Col>
      </Row>
    </>
  );

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 20, margin: '0 0 4px' }}>
        {t('calendar.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearchParams(key === 'calculator' ? { tab: 'calculator' } : {}, { replace: true })}
        items={[
          { key: 'years', label: t('calendar.tabYears'), children: yearsTab },
          { key: 'calculator', label: t('calendar.tabCalculator'), children: <DeadlineCalculator /> },
        ]}
      />
      {canWrite ? (
        <>
          <YearEditorModal target={editing} onClose={() => setEditing(null)} />
          <NoticeImportModal
            open={importYear !== null}
            defaultYear={importYear ?? chinaToday().year() + 1}
            onClose={() => setImportYear(null)}
            onCorrect={(target) => {
              setSelected(target.year);
              setEditing(target);
            }}
          />
        </>
      ) : null}
    </>
  );
}
