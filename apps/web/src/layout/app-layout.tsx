import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Result, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigation, useNavigationType } from 'react-router';
import { authInterruptionOf } from '../api/client.ts';
import { describeError } from '../api/describe-error.ts';
import { isApiProblem } from '../api/problem.ts';
import { useSession } from '../auth/session.ts';
import type { LoginLocationState } from '../pages/auth/login-state.ts';
import { Banners } from './banners.tsx';
import { FullPageSpin } from './full-page-spin.tsx';
import { HeaderBar } from './header-bar.tsx';
import { PageGuard } from './page-guard.tsx';
import { SideMenu } from './side-menu.tsx';
import { SkipLink } from './skip-link.tsx';
import { useIdleCheck } from './use-idle-check.ts';

const { Header, Sider } = Layout;

/**
 * The authenticated frame: header, left menu from the caller's permissions, banners, and the page.
 * It first makes sure the session is complete (password changed, second factor given).
 */
export default function AppLayout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const session = useSession();

  if (session.isPending) return <FullPageSpin />;
  if (session.isError) {
    const error = session.error;
    const interruption = isApiProblem(error) ? authInterruptionOf(error) : null;
    const from = `${location.pathname}${location.search}`;
    if (interruption === 'signIn' && isApiProblem(error)) {
      const state: LoginLocationState = { reason: error.code === 'AUTH.SESSION_EXPIRED' ? 'expired' : 'signIn', from };
      return <Navigate to="/login" replace state={state} />;
    }
    if (interruption === 'secondFactor')
      return <Navigate to="/login" replace state={{ step: 'totp', from } satisfies LoginLocationState} />;
    return (
      <Result
        status="error"
        title={describeError(error, t, i18n.language)}
        extra={
          <Button type="primary" onClick={() => void session.refetch()}>
            {t('common.refresh')}
          </Button>
        }
      />
    );
  }
  const info = session.data;
  if (info.isMfaPending) return <Navigate to="/login" replace state={{ step: 'totp' } satisfies LoginLocationState} />;
  if (info.mustChangePassword) return <Navigate to="/change-password" replace />;
  if (info.isTotpSetupRequired) return <Navigate to="/totp-setup" replace />;
  return <Frame idleMinutes={info.idleMinutes} />;
}

function Frame({ idleMinutes }: { idleMinutes: number }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const [isCollapsed, setIsCollapsed] = useState(false);
  useIdleCheck(idleMinutes);
  const isLoadingPage = navigation.state === 'loading';

  const location = useLocation();
  const navigationType = useNavigationType();
  const isFirstPage = useRef(true);
  useEffect(() => {
    // After the user opens another page (a link, the menu), focus goes to the page for keyboard and
    // screen-reader users. Not on the first page nor after a redirect: there the first Tab must
    // reach the skip link.
    if (isFirstPage.current) {
      isFirstPage.current = false;
      return;
    }
    if (navigationType === 'PUSH') document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.pathname, navigationType]);

  return (
    <>
      <SkipLink />
      <Layout style={{ height: '100vh' }}>
        <Header className="yifa-header" style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: 16 }}>
          <HeaderBar />
        </Header>
        <Layout>
          <Sider
            width={224}
            collapsedWidth={56}
            collapsible
            collapsed={isCollapsed}
            onCollapse={setIsCollapsed}
            theme="light"
            // antd's own trigger is a <div> that Tab never reaches; ours is a real button (WCAG 2.1.1).
            trigger={null}
            style={{ borderRight: '1px solid #e5e8ed' }}
          >
            <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
              <nav aria-label={t('layout.mainMenu')} style={{ flex: 1, overflow: 'auto' }}>
                <SideMenu isCollapsed={isCollapsed} />
              </nav>
              <Button
                type="text"
                block
                icon={isCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                aria-label={isCollapsed ? t('layout.expandMenu') : t('layout.collapseMenu')}
                aria-expanded={!isCollapsed}
                title={isCollapsed ? t('layout.expandMenu') : t('layout.collapseMenu')}
                onClick={() => setIsCollapsed((c) => !c)}
                style={{ height: 40, borderRadius: 0, borderTop: '1px solid #e5e8ed', flex: 'none' }}
              />
            </div>
          </Sider>
          {/* A plain div: antd's Layout.Content renders <main>, and the page has one main landmark, below. */}
          <div style={{ overflow: 'auto', display: 'flex', flexDirection: 'column', flex: 'auto', minHeight: 0 }}>
            <Banners />
            <main id="main" tabIndex={-1} style={{ padding: 16, flex: 1, minWidth: 0 }}>
              {isLoadingPage ? <Spin style={{ position: 'fixed', top: 64, right: 24, zIndex: 10 }} /> : null}
              <PageGuard>
                <Outlet />
              </PageGuard>
            </main>
          </div>
        </Layout>
      </Layout>
    </>
  );
}
