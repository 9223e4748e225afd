import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { resetSessionState, useSessionInfo } from '../auth/session.ts';
import type { LoginLocationState } from '../pages/auth/login-state.ts';

/** The signed-in user: change password, one-time codes, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSessionInfo();

  const logout = async () => {
    try {
      await api.post('/auth/logout', undefined, { skipAuthRedirect: true });
    } catch {
      // Already signed out on the server: the outcome is the same.
    }
    resetSessionState(queryClient);
    void navigate('/login', { replace: true, state: { reason: 'loggedOut' } satisfies LoginLocationState });
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'password', icon: <KeyOutlined />, label: t('layout.changePassword') },
          { key: 'totp', icon: <SafetyOutlined />, label: t('layout.totp') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('layout.logout'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'password') void navigate('/account/password');
          else if (key === 'totp') void navigate('/account/totp');
          else if (key === 'logout') void logout();
        },
      }}
    >
      <Button type="text" style={{ color: '#fff' }} aria-label={`${t('layout.userMenu')}: ${session.user.displayName}`}>
        <UserOutlined />
        <span>{session.user.displayName}</span>
        {session.user.orgName ? <span style={{ opacity: 0.75, fontSize: 12 }}>{session.user.orgName}</span> : null}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
