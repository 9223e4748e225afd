import { DownloadOutlined, SafetyOutlined, SearchOutlined } from '@ant-design/icons';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  auditApi,
  auditLabel,
  type AuditChainReport,
  type AuditFilter,
  type AuditLogEntry,
} from '@yifa/domain';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, download } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { useCan, useSessionInfo } from '../../auth/session.ts';
import { formatInstant } from '../../components/format-date.ts';
import { keepEnterInPickers } from '../../components/keep-enter-in-pickers.ts';
import { useKeysetPaging } from '../../components/keyset-pager.tsx';
import { TownshipSelect } from '../../components/township-select.tsx';
import { AuditEntryDetails } from './audit-entry-details.tsx';
import { toAuditQuery, type AuditFilterValues } from './audit-filter.ts';
import { ChainReportModal } from './chain-report-modal.tsx';

/**
 * 审计日志: who did what, when, from where, with what result (GB/T 22239-2019 §8.1.4.3), newest
 * first; the record before and after each change; export with the same filters (the export is
 * itself audited); and, for the system administrator, the hash chain check.
 */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const session = useSessionInfo();
  const isSystemAdmin = session.dataScope === 'all';
  const [form] = Form.useForm<AuditFilterValues>();
  const [filter, setFilter] = useState<AuditFilter>({});
  // Each 查询 starts again from the newest entry, even with the same filters (the log grows meanwhile).
  const [searches, setSearches] = useState(0);
  const paging = useKeysetPaging({ filter, searches }, 50);
  const [report, setReport] = useState<AuditChainReport | null>(null);

  const list = useQuery({
    queryKey: ['audit', filter, searches, paging.query],
    queryFn: () => call(auditApi.list, { query: { ...filter, ...paging.query } }),
    placeholderData: keepPreviousData,
  });

  const exportLog = useMutation({
    mutationFn: (format: 'csv' | 'xlsx') => download(auditApi.export, { query: { ...filter, format } }, `audit-log.${format}`),
    onSuccess: (name) => notifySuccess(t('audit.exported', { name })),
  });

  const verify = useMutation({
    mutationFn: () => call(auditApi.verify),
    onSuccess: setReport,
  });

  const search = (values: AuditFilterValues) => {
    setFilter(toAuditQuery(values));
    setSearches((n) => n + 1);
  };

  const actionOptions = Object.keys(AUDIT_ACTION_LABELS).map((code) => ({
    value: code,
    label: auditLabel(AUDIT_ACTION_LABELS, code, i18n.language),
  }));
  const entityOptions = Object.keys(AUDIT_ENTITY_LABELS).map((code) => ({
    value: code,
    label: auditLabel(AUDIT_ENTITY_LABELS, code, i18n.language),
  }));
  const columns: TableColumnsType<AuditLogEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 160, render: (at: string) => formatInstant(at) },
    { title: t('audit.actor'), dataIndex: 'actorName', width: 110, ellipsis: true, render: (v: string | null) => v ?? '' },
    ...(isSystemAdmin
      ? [
          {
            title: t('audit.township'),
            dataIndex: 'townshipName',
            width: 140,
            ellipsis: true,
            render: (v: string | null) => v ?? t('audit.systemWide'),
          },
        ]
      : []),
    { title: t('audit.ip'), dataIndex: 'ip', width: 120, ellipsis: true, render: (v: string | null) => v ?? '' },
    // Labels, not codes: the code stays in the tooltip and the export for whoever checks the chain.
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 190,
      ellipsis: true,
      render: (v: string) => (
        <Tooltip title={v}>
          <span>{auditLabel(AUDIT_ACTION_LABELS, v, i18n.language)}</span>
        </Tooltip>
      ),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 170,
      ellipsis: true,
      render: (_: unknown, e) =>
        e.entityType ? (
          <Tooltip title={e.entityId}>
            <span>{auditLabel(AUDIT_ENTITY_LABELS, e.entityType, i18n.language)}</span>
          </Tooltip>
        ) : (
          ''
        ),
    },
    {
      title: t('audit.result'),
      dataIndex: 'isSuccess',
      width: 76,
      render: (ok: boolean) => <Tag color={ok ? 'green' : 'red'}>{ok ? t('audit.success') : t('audit.failure')}</Tag>,
    },
    { title: t('audit.detail'), dataIndex: 'detail', ellipsis: true, render: (v: string | null) => v ?? '' },
  ];

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        <Space wrap>
          {can('platform:audit:export') ? (
            <>
              <Button
                icon={<DownloadOutlined />}
                loading={exportLog.isPending && exportLog.variables === 'csv'}
                onClick={() => exportLog.mutate('csv')}
              >
                {t('audit.exportCsv')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                loading={exportLog.isPending && exportLog.variables === 'xlsx'}
                onClick={() => exportLog.mutate('xlsx')}
              >
                {t('audit.exportXlsx')}
              </Button>
            </>
          ) : null}
          {isSystemAdmin ? (
            <Button icon={<SafetyOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
              {t('audit.verify')}
            </Button>
          ) : null}
        </Space>
      </Space>
      <Form<AuditFilterValues>
        form={form}
        layout="inline"
        onFinish={search}
        onKeyDown={keepEnterInPickers}
        initialValues={{ isSuccess: '' }}
        style={{ rowGap: 8, marginBottom: 12 }}
        aria-label={t('audit.filters')}
      >
        <Form.Item name="range">
          <DatePicker.RangePicker
            format="YYYY-MM-DD"
            allowEmpty={[true, true]}
            aria-label={t('audit.range')}
            placeholder={[t('audit.from'), t('audit.to')]}
            style={{ width: 240 }}
          />
        </Form.Item>
        <Form.Item name="actor">
          <Input placeholder={t('audit.actor')} aria-label={t('audit.actor')} allowClear style={{ width: 120 }} maxLength={100} />
        </Form.Item>
        <Form.Item name="action" rules={[{ pattern: /^[A-Za-z0-9_.:-]*$/, message: t('audit.actionInvalid') }]}>
          <Select
            options={actionOptions}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.actionPrefix')}
            aria-label={t('audit.actionPrefix')}
            allowClear
            popupMatchSelectWidth={false}
            style={{ width: 170 }}
          />
        </Form.Item>
        <Form.Item name="entityType">
          <Select
            options={entityOptions}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.entityType')}
            aria-label={t('audit.entityType')}
            allowClear
            popupMatchSelectWidth={false}
            style={{ width: 140 }}
          />
        </Form.Item>
        <Form.Item name="isSuccess">
          <Select
            aria-label={t('audit.result')}
            style={{ width: 100 }}
            options={[
              { value: '', label: t('audit.anyResult') },
              { value: 'true', label: t('audit.success') },
              { value: 'false', label: t('audit.failure') },
            ]}
          />
        </Form.Item>
        <Form.Item name="q">
          <Input placeholder={t('audit.text')} aria-label={t('audit.text')} allowClear style={{ width: 140 }} maxLength={100} />
        </Form.Item>
        {isSystemAdmin ? (
          <Form.Item name="townshipId">
            <TownshipSelect allowClear placeholder={t('audit.township')} aria-label={t('audit.township')} style={{ width: 160 }} />
          </Form.Item>
        ) : null}
        <Form.Item style={{ marginInlineEnd: 0 }}>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              {t('common.query')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                search({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <Table<AuditLogEntry>
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: isSystemAdmin ? 1200 : 1060 }}
        expandable={{ expandedRowRender: (entry) => <AuditEntryDetails entry={entry} />, columnWidth: 40 }}
        pagination={false}
      />
      {paging.pager(list.data, list.isFetching)}
      <ChainReportModal report={report} onClose={() => setReport(null)} />
    </Card>
  );
}
