import { notificationsApi, type Notification } from '@yifa/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Empty, Segmented, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/call.ts';
import { useKeysetPaging } from '../../components/keyset-pager.tsx';
import { UNREAD_KEY } from '../../layout/notification-bell.tsx';

/** 通知: the signed-in user's notifications, unread first; opening one marks it read. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [isUnreadOnly, setIsUnreadOnly] = useState(false);
  // Switching between all and unread starts again from the first page.
  const paging = useKeysetPaging({ isUnreadOnly });
  const list = useQuery({
    queryKey: ['notifications', 'list', paging.query, isUnreadOnly],
    queryFn: () => call(notificationsApi.list, { query: { ...paging.query, ...(isUnreadOnly ? { isUnreadOnly: '1' as const } : {}) } }),
    placeholderData: keepPreviousData,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      queryClient.invalidateQueries({ queryKey: UNREAD_KEY }),
      queryClient.invalidateQueries({ queryKey: ['workbench'] }),
    ]);
  const markRead = useMutation({ mutationFn: (id: string) => call(notificationsApi.markRead, { params: { id } }), onSuccess: refresh });
  const readAll = useMutation({ mutationFn: () => call(notificationsApi.markAllRead), onSuccess: refresh });

  const open = (item: Notification) => {
    if (!item.isRead) markRead.mutate(item.id);
    if (item.link) void navigate(item.link);
  };

  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('layout.notifications')}
          {list.data ? <Badge count={list.data.unreadCount} style={{ marginInlineStart: 8 }} /> : null}
        </Typography.Title>
        <Space>
          <Segmented
            value={isUnreadOnly ? 'unread' : 'all'}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unreadOnly') },
            ]}
            onChange={(v) => setIsUnreadOnly(v === 'unread')}
          />
          <Button onClick={() => readAll.mutate()} loading={readAll.isPending} disabled={!list.data?.unreadCount}>
            {t('notifications.readAll')}
          </Button>
        </Space>
      </Space>
      {list.isPending ? <Spin /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : null}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, opacity: list.isFetching && !list.isPending ? 0.6 : 1 }}>
        {(list.data?.items ?? []).map((item) => (
          <li
            key={item.id}
            style={{ display: 'flex', gap: 12, alignItems: 'flex-start', padding: '12px 4px', borderBottom: '1px solid #f0f0f0' }}
          >
            <Badge status={item.isRead ? 'default' : 'processing'} style={{ marginTop: 4 }} />
            <div style={{ flex: 1, minWidth: 0 }}>
              <div style={{ fontWeight: item.isRead ? 400 : 600 }}>{item.title}</div>
              {item.body ? <div style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{item.body}</div> : null}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dayjs(item.createdAt).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
            </div>
            <Space size={0}>
              {item.link ? (
                <Button type="link" size="small" onClick={() => open(item)}>
                  {t('common.view')}
                </Button>
              ) : null}
              {!item.isRead ? (
                <Button type="link" size="small" onClick={() => markRead.mutate(item.id)}>
                  {t('notifications.markRead')}
                </Button>
              ) : null}
            </Space>
          </li>
        ))}
      </ul>
      {/* As before, no pager while everything fits on one page. */}
      {list.data && (list.data.nextCursor || paging.pageNumber > 1) ? paging.pager(list.data, list.isFetching) : null}
    </Card>
  );
}
