import { DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { organisationApi, type Role } from '@yifa/domain/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/call.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { useCan } from '../../../auth/session.ts';
import { orgKeys, usePermissionCatalogue, useRoles } from '../api.ts';
import { dataScopeLabel, roleLabel } from '../shared/role-label.ts';
import { RoleFormModal, type RoleDialog } from './role-form-modal.tsx';

/** 角色: built-in roles (read-only) and the township's custom roles. */
export default function RolesPage() {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const roles = useRoles();
  const catalogue = usePermissionCatalogue();
  const [dialog, setDialog] = useState<RoleDialog | null>(null);
  const canWrite = can('org:role:write');

  const remove = useMutation({
    mutationFn: (role: Role) => call(organisationApi.deleteRole, { params: { id: role.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await queryClient.invalidateQueries({ queryKey: orgKeys.roles });
    },
  });
  const confirmDelete = (role: Role) =>
    modal.confirm({
      title: t('common.confirmDelete', { name: role.name }),
      content: role.userCount > 0 ? t('role.inUse', { count: role.userCount }) : t('common.confirmDeleteHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true, disabled: role.userCount > 0 },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync(role).catch(() => undefined),
    });

  const columns: TableColumnsType<Role> = [
    { title: t('role.name'), key: 'name', width: 180, render: (_: unknown, role: Role) => roleLabel(role, i18n.language) },
    { title: t('role.code'), dataIndex: 'code', width: 160, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    {
      title: t('role.type'),
      dataIndex: 'isBuiltin',
      width: 90,
      render: (v: boolean) => (v ? <Tag>{t('role.builtin')}</Tag> : <Tag color="blue">{t('role.custom')}</Tag>),
    },
    { title: t('role.dataScope'), dataIndex: 'dataScope', width: 160, render: (v: string) => dataScopeLabel(v, i18n.language) },
    {
      title: t('role.permissions'),
      dataIndex: 'permissions',
      width: 100,
      render: (v: string[]) => t('role.permissionCount', { count: v.length }),
    },
    { title: t('role.userCount'), dataIndex: 'userCount', width: 90 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 180,
      render: (_: unknown, role: Role) => (
        <Space size={0}>
          {!role.abilities.update ? (
            <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setDialog({ mode: 'view', role })}>
              {t('common.view')}
            </Button>
          ) : (
            <>
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setDialog({ mode: 'edit', role })}>
                {t('common.edit')}
              </Button>
              {role.abilities.delete ? (
                <Button type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => confirmDelete(role)}>
                  {t('common.delete')}
                </Button>
              ) : null}
            </>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('role.title')}
        </Typography.Title>
        {canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })}>
            {t('role.create')}
          </Button>
        ) : null}
      </Space>
      <Table<Role>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={roles.data ?? []}
        loading={roles.isFetching}
        pagination={false}
      />
      <RoleFormModal dialog={dialog} catalogue={catalogue.data ?? []} onClose={() => setDialog(null)} />
    </Card>
  );
}
