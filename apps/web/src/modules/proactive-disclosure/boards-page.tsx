import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { proactiveDisclosureApi as pdApi, type BulletinBoard } from '@yifa/domain/proactive-disclosure';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { useCan } from '../../auth/session.ts';
import { BoardUpdateModal } from './board-update-modal.tsx';
import { pdKeys, useBoards } from './api.ts';

/** 公开栏: the township's and every village's board, whether this period is done, the periods missed this year. */
export default function BoardsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canWrite = can('proactive-disclosure:board:write');
  const queryClient = useQueryClient();
  const boards = useBoards();
  const [updating, setUpdating] = useState<BulletinBoard | null>(null);
  const add = useMutation({
    mutationFn: (orgId: string) => call(pdApi.createBoard, { body: { orgId } }),
    onSuccess: async () => {
      notifySuccess(t('common.created'));
      await queryClient.invalidateQueries({ queryKey: pdKeys.boards });
    },
  });
  const columns: TableColumnsType<BulletinBoard> = [
    {
      title: t('proactiveDisclosure.board.name'),
      dataIndex: 'name',
      render: (v: string, b) => <Link to={`/proactive-disclosure/boards/${b.id}`}>{v}</Link>,
    },
    { title: t('proactiveDisclosure.board.org'), dataIndex: 'orgName', width: 160 },
    {
      title: t('proactiveDisclosure.board.rhythm'),
      dataIndex: 'rhythm',
      width: 90,
      render: (v: 'monthly' | 'quarterly') => t(`proactiveDisclosure.board.${v}`),
    },
    { title: t('proactiveDisclosure.board.lastUpdated'), dataIndex: 'lastUpdatedOn', width: 120, render: (v: string | null) => v ?? '—' },
    {
      title: t('proactiveDisclosure.board.current'),
      dataIndex: 'isCurrentPeriodUpdated',
      width: 110,
      render: (v: boolean) =>
        v ? (
          <Tag color="green">{t('proactiveDisclosure.board.updated')}</Tag>
        ) : (
          <Tag color="gold">{t('proactiveDisclosure.board.notUpdated')}</Tag>
        ),
    },
    {
      title: t('proactiveDisclosure.board.missing'),
      dataIndex: 'missingPeriods',
      render: (v: BulletinBoard['missingPeriods']) =>
        v.length ? (
          <Space size={[0, 4]} wrap>
            {v.map((p) => (
              <Tag key={p.key} color="red">
                {p.labelZh}
              </Tag>
            ))}
          </Space>
        ) : (
          t('proactiveDisclosure.board.none')
        ),
    },
    // The record-update button follows each board's abilities (a village cadre: their own village's).
    ...((boards.data?.boards ?? []).some((b) => b.abilities.recordUpdate)
      ? [
          {
            title: t('common.actions'),
            key: 'a',
            width: 120,
            render: (_: unknown, b: BulletinBoard) =>
              b.abilities.recordUpdate ? (
                <Button
                  type="link"
                  size="small"
                  icon={<UploadOutlined />}
                  aria-label={`${t('proactiveDisclosure.board.addUpdate')}: ${b.name}`}
                  onClick={() => setUpdating(b)}
                >
                  {t('proactiveDisclosure.board.addUpdate')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  const missing = boards.data?.orgsWithoutBoard ?? [];
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        {t('proactiveDisclosure.board.title')}
      </Typography.Title>
      {canWrite && missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('proactiveDisclosure.board.withoutBoard')}
          description={
            <Space wrap>
              {missing.map((o) => (
                <Button key={o.id} size="small" icon={<PlusOutlined />} loading={add.isPending} onClick={() => add.mutate(o.id)}>
                  {t('proactiveDisclosure.board.add')}：{o.name}
                </Button>
              ))}
            </Space>
          }
        />
      ) : null}
      <Table<BulletinBoard>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={boards.data?.boards ?? []}
        loading={boards.isFetching}
        pagination={false}
        scroll={{ x: 1000 }}
      />
      <BoardUpdateModal board={updating} onClose={() => setUpdating(null)} />
    </Card>
  );
}
