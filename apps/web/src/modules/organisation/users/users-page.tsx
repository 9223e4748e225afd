import { DeleteOutlined, DownOutlined, EditOutlined, KeyOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { organisationApi, type User } from '@yifa/domain/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Dropdown, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/call.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { useCan } from '../../../auth/session.ts';
import { useKeysetPaging } from '../../../components/keyset-pager.tsx';
import { useOrgs, useRoles, useUsers, type ListFilters, type ListParams } from '../api.ts';
import { OrgListToolbar } from '../shared/org-list-toolbar.tsx';
import { roleLabel } from '../shared/role-label.ts';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { UserFormModal } from './user-form-modal.tsx';

function StatusTags({ user }: { user: User }) {
  const { t } = useTranslation();
  const tags = [
    !user.isActive ? (
      <Tag key="disabled" color="default">
        {t('user.statusDisabled')}
      </Tag>
    ) : null,
    user.isLocked ? (
      <Tag key="locked" color="orange">
        {t('user.statusLocked')}
      </Tag>
    ) : null,
    user.mustChangePassword ? (
      <Tag key="must" color="gold">
        {t('user.statusMustChange')}
      </Tag>
    ) : null,
    user.isTotpEnabled ? (
      <Tag key="totp" color="cyan">
        {t('user.statusTotp')}
      </Tag>
    ) : null,
  ].filter(Boolean);
  if (user.isActive && !user.isLocked && !user.mustChangePassword)
    tags.unshift(
      <Tag key="ok" color="green">
        {t('user.statusActive')}
      </Tag>,
    );
  return (
    <Space size={[0, 4]} wrap>
      {tags}
    </Space>
  );
}

/** 用户: accounts of the township, their roles and status; create, edit, reset password, disable, delete. */
export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<ListFilters>({});
  const paging = useKeysetPaging(filters);
  const params: ListParams = { ...filters, ...paging.query };
  const [editing, setEditing] = useState<{ user: User | null } | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const users = useUsers(params);
  const orgs = useOrgs();
  // Creating is the permission's; each row's actions are the server's abilities for that account.
  const canCreate = can('org:user:write');
  const canWrite = (users.data?.items ?? []).some((u) => u.abilities.update);
  const roles = useRoles(can('org:role:read'));

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  const setActive = useMutation({
    mutationFn: ({ user, isActive }: { user: User; isActive: boolean }) =>
      call(organisationApi.updateUser, { params: { id: user.id }, body: { isActive, version: user.version } }),
    onSuccess: async (_, { isActive }) => {
      notifySuccess(isActive ? t('user.enabled') : t('user.disabled'));
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (user: User) => call(organisationApi.deleteUser, { params: { id: user.id } }),
    onSuccess: async () => {
      notifySuccess(t('common.deleted'));
      await refresh();
    },
  });

  const confirmDelete = (user: User) =>
    modal.confirm({
      title: t('common.confirmDelete', { name: `${user.displayName} (${user.username})` }),
      content: t('common.confirmDeleteHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync(user).catch(() => undefined),
    });

  const columns: TableColumnsType<User> = [
    { title: t('user.username'), dataIndex: 'username', width: 130, ellipsis: true },
    { title: t('user.displayName'), dataIndex: 'displayName', width: 110, ellipsis: true },
    { title: t('user.org'), dataIndex: 'orgName', width: 150, ellipsis: true },
    {
      title: t('user.roles'),
      dataIndex: 'roles',
      render: (list: User['roles']) => (
        <Space size={[0, 4]} wrap>
          {list.map((r) => (
            <Tag key={r.id} color="blue" variant="filled">
              {roleLabel(r, i18n.language)}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('user.status'), key: 'status', width: 180, render: (_: unknown, user: User) => <StatusTags user={user} /> },
    {
      title: t('user.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 140,
      render: (v: string | null) =>
        v ? dayjs(v).format('YYYY-MM-DD HH:mm') : <Typography.Text type="secondary">{t('user.neverLoggedIn')}</Typography.Text>,
    },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 170,
            fixed: 'right' as const,
            render: (_: unknown, user: User) => {
              const can = user.abilities;
              if (!can.update) return null;
              return (
                <Space size={0}>
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ user })}>
                    {t('common.edit')}
                  </Button>
                  <Dropdown
                    trigger={['click']}
                    menu={{
                      items: [
                        { key: 'reset', icon: <KeyOutlined />, label: t('user.resetPassword'), disabled: !can.resetPassword },
                        user.isActive
                          ? { key: 'disable', icon: <StopOutlined />, label: t('user.disable'), disabled: !can.deactivate }
                          : { key: 'enable', icon: <CheckCircleOutlined />, label: t('user.enable') },
                        { type: 'divider' },
                        { key: 'delete', icon: <DeleteOutlined />, label: t('common.delete'), danger: true, disabled: !can.delete },
                      ],
                      onClick: ({ key }) => {
                        if (key === 'reset') setResetting(user);
                        else if (key === 'disable') setActive.mutate({ user, isActive: false });
                        else if (key === 'enable') setActive.mutate({ user, isActive: true });
                        else if (key === 'delete') confirmDelete(user);
                      },
                    }}
                  >
                    <Button type="link" size="small" aria-label={`${t('common.more')}: ${user.username}`}>
                      {t('common.more')} <DownOutlined style={{ fontSize: 10 }} />
                    </Button>
                  </Dropdown>
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Card>
      <OrgListToolbar
        title={t('user.title')}
        searchPlaceholder={t('user.searchPlaceholder')}
        orgs={orgs.data}
        orgId={params.orgId}
        onSearch={(q) => setFilters((f) => ({ ...f, q: q || undefined }))}
        onOrgChange={(orgId) => setFilters((f) => ({ ...f, orgId }))}
        createLabel={canCreate ? t('user.create') : undefined}
        onCreate={() => setEditing({ user: null })}
      />
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        scroll={{ x: 1000 }}
        pagination={false}
      />
      {paging.pager(users.data, users.isFetching)}
      <UserFormModal
        isOpen={!!editing}
        user={editing?.user ?? null}
        orgs={orgs.data ?? []}
        roles={roles.data}
        onClose={() => setEditing(null)}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}
