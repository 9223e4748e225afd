import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { __Pascal__Record } from '@yifa/domain/__name__';
import { Button, Card, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../components/format-date.ts';
import { useKeysetPaging } from '../../components/keyset-pager.tsx';
import { useConfirmDelete } from '../../components/row-actions.tsx';
import { useTownship } from '../../components/use-township.tsx';
import { use__Pascal__Mutations, use__Pascal__Records } from './api.ts';
import { RecordFormModal } from './record-form-modal.tsx';

/** The records of the township: the buttons come from the server (canCreate, each row's abilities). */
export default function RecordsPage() {
  const { t } = useTranslation();
  const { townshipId, isKnown, picker } = useTownship();
  const paging = useKeysetPaging({ townshipId });
  const list = use__Pascal__Records(townshipId, paging.query, isKnown);
  const { remove } = use__Pascal__Mutations(townshipId);
  const confirmDelete = useConfirmDelete();
  const [editing, setEditing] = useState<__Pascal__Record | null | 'new'>(null);
  const columns: TableColumnsType<__Pascal__Record> = [
    { title: t('__camel__.field.title'), dataIndex: 'title' },
    { title: t('__camel__.field.notes'), dataIndex: 'notes' },
    { title: t('__camel__.field.updatedAt'), dataIndex: 'updatedAt', width: 170, render: (v: string) => formatInstant(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      render: (_, record) => (
        <Space size={0}>
          {record.abilities.update && (
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(record)}>
              {t('common.edit')}
            </Button>
          )}
          {record.abilities.delete && (
            <Button type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => confirmDelete(record.title, () => remove.mutateAsync(record))}>
              {t('common.delete')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('__camel__.title')}
        </Typography.Title>
        <Space>
          {picker}
          {list.data?.canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('__camel__.create')}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('__camel__.intro')}</Typography.Paragraph>
      <Table<__Pascal__Record> rowKey="id" columns={columns} dataSource={list.data?.items ?? []} loading={list.isLoading} pagination={false} />
      {paging.pager(list.data, list.isFetching)}
      {editing !== null && <RecordFormModal record={editing === 'new' ? null : editing} townshipId={townshipId} onClose={() => setEditing(null)} />}
    </Card>
  );
}
