import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import type { LedgerOrgRow, LedgerPersonRow } from '@yifa/domain/law-study';
import { Button, Card, Checkbox, Flex, Select, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentYear, downloadBulletin, useLedger, yearOptions } from '../api.ts';
import { useTownship } from '../../../components/use-township.tsx';

/** 学时台账: every cadre's hours and exam results for a year or quarter, per office, ranked; the bulletin. */
export default function HoursPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number(searchParams.get('year')) || currentYear();
  const quarter = Number(searchParams.get('quarter')) || undefined;
  const orgId = searchParams.get('orgId') || undefined;
  const personId = searchParams.get('personId') || undefined;
  const [onlyShort, setOnlyShort] = useState(false);
  const { townshipId, picker } = useTownship();
  const ledger = useLedger({ year, quarter, orgId, townshipId });
  const set = (key: string, value: string | number | undefined) =>
    setSearchParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (value) copy.set(key, String(value));
        else copy.delete(key);
        if (key !== 'personId') copy.delete('personId');
        return copy;
      },
      { replace: true },
    );

  const data = ledger.data;
  const people = (data?.people ?? []).filter((p) => (!onlyShort || p.isShort) && (!personId || p.personId === personId));
  const shortCount = data?.people.filter((p) => p.isShort).length ?? 0;
  const bulletin = (format: 'docx' | 'xlsx') => void downloadBulletin({ year, quarter, format, townshipId }).catch(() => undefined);

  const personColumns: TableColumnsType<LedgerPersonRow> = [
    { title: t('lawStudy.ledger.rank'), dataIndex: 'rank', width: 64, fixed: 'left' },
    { title: t('lawStudy.ledger.name'), dataIndex: 'name', width: 100, fixed: 'left' },
    { title: t('lawStudy.org'), dataIndex: 'orgName', width: 150, ellipsis: true },
    { title: t('lawStudy.ledger.sessionHours'), dataIndex: 'sessionHours', width: 90, align: 'right' },
    { title: t('lawStudy.ledger.selfStudyHours'), dataIndex: 'selfStudyHours', width: 80, align: 'right' },
    {
      title: t('lawStudy.ledger.totalHours'),
      dataIndex: 'totalHours',
      width: 80,
      align: 'right',
      render: (v: number) => <strong>{v}</strong>,
    },
    { title: t('lawStudy.ledger.targetHours'), dataIndex: 'targetHours', width: 80, align: 'right' },
    {
      title: t('lawStudy.ledger.status'),
      key: 'status',
      width: 120,
      render: (_, p) =>
        p.isShort ? (
          <Tag color="error">{t('lawStudy.ledger.short', { hours: p.shortfallHours })}</Tag>
        ) : (
          <Tag color="success">{t('lawStudy.ledger.met')}</Tag>
        ),
    },
    { title: t('lawStudy.ledger.missed'), dataIndex: 'sessionsMissed', width: 70, align: 'right' },
    {
      title: t('lawStudy.ledger.exams'),
      key: 'exams',
      width: 200,
      render: (_, p) => t('lawStudy.ledger.examsValue', { taken: p.examsTaken, passed: p.examsPassed, absent: p.examsAbsent }),
    },
    {
      title: t('lawStudy.ledger.averageScore'),
      dataIndex: 'averageScore',
      width: 80,
      align: 'right',
      render: (v: number | null) => v ?? '—',
    },
  ];
  const orgColumns: TableColumnsType<LedgerOrgRow> = [
    { title: t('lawStudy.ledger.rank'), dataIndex: 'rank', width: 64 },
    { title: t('lawStudy.org'), dataIndex: 'orgName' },
    { title: t('lawStudy.ledger.peopleCount'), dataIndex: 'peopleCount', width: 80, align: 'right' },
    { title: t('lawStudy.ledger.totalHours'), dataIndex: 'totalHours', width: 100, align: 'right' },
    { title: t('lawStudy.ledger.averageHours'), dataIndex: 'averageHours', width: 100, align: 'right' },
    {
      title: t('lawStudy.ledger.shortCount'),
      dataIndex: 'shortCount',
      width: 100,
      align: 'right',
      render: (v: number) => (v ? <Tag color="error">{v}</Tag> : v),
    },
    {
      title: t('lawStudy.ledger.averageScore'),
      dataIndex: 'averageScore',
      width: 100,
      align: 'right',
      render: (v: number | null) => v ?? '—',
    },
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('lawStudy.ledger.title')}
        </Typography.Title>
        <Space wrap>
          {picker}
          <Select
            aria-label={t('lawStudy.year')}
            value={year}
            style={{ width: 100 }}
            onChange={(v) => set('year', v)}
            options={yearOptions().map((y) => ({ value: y, label: t('lawStudy.yearValue', { year: y }) }))}
          />
          <Select
            aria-label={t('lawStudy.quarter')}
            value={quarter ?? 0}
            style={{ width: 110 }}
            onChange={(v) => set('quarter', v || undefined)}
            options={[
              { value: 0, label: t('lawStudy.wholeYear') },
              ...[1, 2, 3, 4].map((q) => ({ value: q, label: t('lawStudy.quarterValue', { quarter: q }) })),
            ]}
          />
          <Select
            aria-label={t('lawStudy.org')}
            value={orgId ?? ''}
            style={{ width: 180 }}
            onChange={(v) => set('orgId', v || undefined)}
            options={[
              { value: '', label: t('lawStudy.allOrgs') },
              ...(data?.orgs ?? []).map((o) => ({ value: o.orgId, label: o.orgName })),
            ]}
          />
          <Checkbox checked={onlyShort} onChange={(e) => setOnlyShort(e.target.checked)}>
            {t('lawStudy.ledger.onlyShort')}
          </Checkbox>
          {/* The bulletin circulates to the whole township: offered to a township-wide view only (the ledger's abilities). */}
          {data?.abilities.bulletin ? (
            <>
              <Button icon={<FileWordOutlined />} onClick={() => bulletin('docx')}>
                {t('lawStudy.ledger.bulletinWord')}
              </Button>
              <Button icon={<FileExcelOutlined />} onClick={() => bulletin('xlsx')}>
                {t('lawStudy.ledger.bulletinExcel')}
              </Button>
            </>
          ) : null}
        </Space>
      </Flex>
      {data ? (
        <Typography.Paragraph type="secondary" data-testid="ledger-summary">
          {t('lawStudy.ledger.summary', {
            people: data.people.length,
            met: data.people.length - shortCount,
            short: shortCount,
            sessions: data.sessionCount,
            exams: data.examCount,
          })}
        </Typography.Paragraph>
      ) : null}
      <Tabs
        items={[
          {
            key: 'people',
            label: t('lawStudy.ledger.people'),
            children: (
              <Table<LedgerPersonRow>
                rowKey="personId"
                size="small"
                columns={personColumns}
                dataSource={people}
                loading={ledger.isFetching}
                scroll={{ x: 1150 }}
                pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
              />
            ),
          },
          {
            key: 'orgs',
            label: t('lawStudy.ledger.orgs'),
            children: (
              <Table<LedgerOrgRow>
                rowKey="orgId"
                size="small"
                columns={orgColumns}
                dataSource={data?.orgs ?? []}
                loading={ledger.isFetching}
                pagination={false}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
