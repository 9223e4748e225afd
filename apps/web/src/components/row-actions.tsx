import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Asks before a delete (records are soft-deleted and audited, but the user should still say so):
 * `confirmDelete(name, remove)` opens the one confirmation every list uses.
 */
export function useConfirmDelete(): (name: string, remove: () => Promise<unknown>) => void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return (name, remove) => {
    modal.confirm({
      title: t('common.confirmDelete', { name }),
      content: t('common.confirmDeleteHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove().catch(() => undefined),
    });
  };
}

/** The 编辑 / 删除 links of a table row. */
export function EditDeleteActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const confirmDelete = useConfirmDelete();
  return (
    <Space size={0}>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => confirmDelete(name, onDelete)}>
        {t('common.delete')}
      </Button>
    </Space>
  );
}
