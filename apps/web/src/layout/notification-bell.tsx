import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { isApiProblem } from '../api/problem.ts';
import { isUserActive } from '../app/activity.ts';
import { hasModuleRoute } from '../modules/registry.ts';

const POLL_MS = 60_000;

export const UNREAD_KEY = ['notifications', 'unread-count'] as const;

/**
 * Unread notifications (GET /api/notifications/unread-count → { count }). Until the server has
 * that route (404) the bell is not shown at all: no invented numbers. It polls only while the
 * user is active, so that polling never keeps an idle session alive.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const unread = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => api.get<{ count: number }>('/notifications/unread-count'),
    meta: { silent: true },
    retry: false,
    refetchOnWindowFocus: true,
    refetchInterval: () => (isUserActive(POLL_MS) ? POLL_MS : false),
  });
  if (unread.isError && isApiProblem(unread.error) && (unread.error.status === 404 || unread.error.status === 403)) return null;
  if (!unread.data) return null;
  const count = unread.data.count;
  const label = count > 0 ? t('layout.notificationsUnread', { count }) : t('layout.notifications');
  const canOpen = hasModuleRoute('notifications');
  return (
    <Tooltip title={label}>
      <Button
        type="text"
        aria-label={label}
        style={{ color: '#fff' }}
        onClick={canOpen ? () => void navigate('/notifications') : undefined}
        icon={
          <Badge count={count} size="small" overflowCount={99} offset={[4, -2]}>
            <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
          </Badge>
        }
      />
    </Tooltip>
  );
}
