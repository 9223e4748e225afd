import { ArrowLeftOutlined, DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { proactiveDisclosureApi as pdApi, type BoardUpdate } from '@yifa/domain/proactive-disclosure';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { contentUrl } from '../../components/attachment-field/index.ts';
import { BoardUpdateModal } from './board-update-modal.tsx';
import { pdKeys, useBoardUpdates } from './api.ts';

/** One board's updates with their photos (the compliance page's evidence links here). */
export default function BoardUpdatesPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const updates = useBoardUpdates(id);
  const [isAdding, setAdding] = useState(false);
  const remove = useMutation({
    mutationFn: (u: BoardUpdate) => call(pdApi.deleteBoardUpdate, { params: { id: u.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: pdKeys.all });
    },
  });
  const board = updates.data?.board;
  const columns: TableColumnsType<BoardUpdate> = [
    { title: t('proactiveDisclosure.board.updatedOn'), dataIndex: 'updatedOn', width: 120 },
    { title: t('proactiveDisclosure.board.period'), dataIndex: 'periodKey', width: 110 },
    { title: t('proactiveDisclosure.board.content'), dataIndex: 'contentSummary' },
    {
      title: t('proactiveDisclosure.board.photos'),
      dataIndex: 'files',
      width: 260,
      render: (files: BoardUpdate['files']) => (
        <Space direction="vertical" size={0}>
          {files.map((f) => (
            <a key={f.id} href={contentUrl(f, true)} target="_blank" rel="noreferrer">
              {f.originalName}
            </a>
          ))}
        </Space>
      ),
    },
    // Buttons from the records' abilities (the server's policy).
    ...((updates.data?.items ?? []).some((u) => u.abilities.delete)
      ? [
          {
            title: t('common.actions'),
            key: 'a',
            width: 100,
            render: (_: unknown, u: BoardUpdate) =>
              u.abilities.delete ? (
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() =>
                    modal.confirm({
                      title: t('common.confirmDelete', { name: u.updatedOn }),
                      okButtonProps: { danger: true },
                      onOk: () => remove.mutateAsync(u).catch(() => undefined),
                    })
                  }
                >
                  {t('common.delete')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Space>
          <Link to="/proactive-disclosure/boards">
            <ArrowLeftOutlined /> {t('proactiveDisclosure.board.back')}
          </Link>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {board?.name ?? ''} · {t('proactiveDisclosure.board.updates')}
          </Typography.Title>
        </Space>
        {board?.abilities.recordUpdate ? (
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setAdding(true)}>
            {t('proactiveDisclosure.board.addUpdate')}
          </Button>
        ) : null}
      </Space>
      <Table<BoardUpdate>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={updates.data?.items ?? []}
        loading={updates.isFetching}
        pagination={{ pageSize: 20 }}
      />
      <BoardUpdateModal board={isAdding && board ? board : null} onClose={() => setAdding(false)} />
    </Card>
  );
}
