import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionInfo } from '../auth/session.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { UserMenu } from './user-menu.tsx';

/** Brand, the caller's township (or county / system administration), then language, bell and user menu. */
export function HeaderBar() {
  const { t } = useTranslation();
  const session = useSessionInfo();
  const place = session.user.townshipName ?? session.user.orgName ?? t('layout.systemAdmin');
  return (
    <>
      <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, color: '#fff', textDecoration: 'none', flex: 'none' }}>
        <span
          aria-hidden
          style={{
            width: 28,
            height: 28,
            borderRadius: 4,
            background: '#fff',
            color: '#163f70',
            display: 'inline-flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontWeight: 700,
            fontFamily: 'serif',
          }}
        >
          {t('app.name').slice(0, 1)}
        </span>
        <span style={{ fontSize: 17, fontWeight: 600, letterSpacing: 1 }}>{t('app.name')}</span>
      </Link>
      <span aria-hidden style={{ width: 1, height: 20, background: 'rgba(255,255,255,0.35)' }} />
      <Typography.Text ellipsis style={{ color: '#fff', fontSize: 15, minWidth: 0, flex: 1 }} title={place}>
        {place}
      </Typography.Text>
      <div style={{ display: 'flex', alignItems: 'center', gap: 4, flex: 'none' }}>
        <LanguageSwitch isOnDark />
        <NotificationBell />
        <UserMenu />
      </div>
    </>
  );
}
