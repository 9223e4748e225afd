import { DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { lawStudyApi, type StudySession } from '@yifa/domain/law-study';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call } from '../../../api/call.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { useCan } from '../../../auth/session.ts';
import { formatDay, formatList } from '../../../components/format-date.ts';
import { useKeysetPaging } from '../../../components/keyset-pager.tsx';
import { ImportModal } from '../shared/import-modal.tsx';
import { currentYear, useSessionKinds, useSessions, yearOptions } from '../api.ts';
import { SessionFormModal } from './session-form-modal.tsx';
import { useTownship } from '../../../components/use-township.tsx';

/** 学法活动: the year's study sessions with their attendance; record, edit, import a sign-in sheet. */
export default function SessionsPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = Number(searchParams.get('year')) || currentYear();
  const kind = searchParams.get('kind') || undefined;
  const { townshipId, picker } = useTownship();
  // A change of year, kind or township starts again from the first page (useKeysetPaging).
  const paging = useKeysetPaging({ year, kind, townshipId });
  const sessions = useSessions({ year, kind, townshipId, ...paging.query });
  const kinds = useSessionKinds(townshipId);
  const [editing, setEditing] = useState<{ id: string | null; canEdit: boolean } | null>(null);
  const [isImporting, setImporting] = useState(false);
  // Recording a new session or importing a sheet has no record yet: the permission decides.
  const canCreate = can('law-study:session:write');
  const set = (key: string, value: string | number | undefined) => {
    setSearchParams(
      (prev) => {
        const c = new URLSearchParams(prev);
        if (value) c.set(key, String(value));
        else c.delete(key);
        return c;
      },
      { replace: true },
    );
  };

  const remove = useMutation({
    mutationFn: (s: StudySession) => call(lawStudyApi.deleteSession, { params: { id: s.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: ['law-study'] });
    },
  });

  const columns: TableColumnsType<StudySession> = [
    { title: t('lawStudy.session.heldOn'), dataIndex: 'heldOn', width: 140, render: (v: string) => formatDay(v) },
    { title: t('lawStudy.session.kind'), dataIndex: 'kindLabel', width: 150, ellipsis: true, render: (v: string) => <Tag>{v}</Tag> },
    { title: t('lawStudy.session.subject'), dataIndex: 'title', ellipsis: true },
    { title: t('lawStudy.session.hours'), dataIndex: 'hours', width: 60, align: 'right' },
    { title: t('lawStudy.session.speaker'), dataIndex: 'speaker', width: 90, ellipsis: true },
    { title: t('lawStudy.session.laws'), key: 'laws', width: 170, ellipsis: true, render: (_, s) => formatList(s.laws.map((l) => l.name)) },
    {
      title: t('lawStudy.session.attendance'),
      key: 'att',
      width: 170,
      render: (_, s) => t('lawStudy.session.present', { present: s.presentCount, absent: s.absentCount }),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      fixed: 'right' as const,
      // The row's buttons are the abilities the server gave it (policy.ts), never a rule of the page.
      render: (_: unknown, s: StudySession) => (
        <Space size={0}>
          {s.abilities.update ? (
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ id: s.id, canEdit: true })}>
              {t('common.edit')}
            </Button>
          ) : (
            <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setEditing({ id: s.id, canEdit: false })}>
              {t('common.view')}
            </Button>
          )}
          {s.abilities.delete ? (
            <Button
              type="link"
              size="small"
              danger
              icon={<DeleteOutlined />}
              onClick={() =>
                modal.confirm({
                  title: t('lawStudy.session.deleteConfirm', { name: s.title }),
                  okText: t('common.delete'),
                  okButtonProps: { danger: true },
                  cancelText: t('common.cancel'),
                  onOk: () => remove.mutateAsync(s).catch(() => undefined),
                })
              }
            >
              {t('common.delete')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('lawStudy.session.title')}
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
            aria-label={t('lawStudy.session.kind')}
            value={kind ?? ''}
            style={{ width: 200 }}
            onChange={(v) => set('kind', v || undefined)}
            options={[
              { value: '', label: t('lawStudy.session.allKinds') },
              ...(kinds.data ?? []).map((k) => ({ value: k.code, label: k.labelZh })),
            ]}
          />
          {canCreate ? (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('lawStudy.import.button')}
            </Button>
          ) : null}
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ id: null, canEdit: true })}>
              {t('lawStudy.session.create')}
            </Button>
          ) : null}
        </Space>
      </Flex>
      <Table<StudySession>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={sessions.data?.items ?? []}
        loading={sessions.isFetching}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('lawStudy.session.empty') }}
        pagination={false}
      />
      {paging.pager(sessions.data, sessions.isFetching)}
      <SessionFormModal
        townshipId={townshipId}
        isOpen={!!editing}
        sessionId={editing?.id ?? null}
        isReadOnly={!editing?.canEdit}
        onClose={() => setEditing(null)}
      />
      <ImportModal kind="attendance" open={isImporting} onClose={() => setImporting(false)} />
    </Card>
  );
}
