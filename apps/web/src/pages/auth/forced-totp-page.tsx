import { useQueryClient } from '@tanstack/react-query';
import { Alert, App } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useSession } from '../../auth/session.ts';
import { TotpSetupPanel } from '../../auth/totp-setup-panel.tsx';
import { FullPageSpin } from '../../layout/full-page-spin.tsx';
import { AuthFrame } from './auth-frame.tsx';
import { finishSignIn } from './finish-sign-in.ts';

/** Administrators must set up the second factor when the security setting requires it. */
export default function ForcedTotpPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  if (session.isPending) return <FullPageSpin />;
  if (session.isError) return <Navigate to="/login" replace />;
  if (session.data.mustChangePassword) return <Navigate to="/change-password" replace />;
  if (!session.data.isTotpSetupRequired) return <Navigate to="/" replace />;
  return (
    <AuthFrame title={t('auth.totpSetupTitle')} width={560}>
      <Alert type="warning" showIcon title={t('auth.totpSetupRequired')} style={{ marginBottom: 16 }} />
      <TotpSetupPanel
        onEnabled={async () => {
          void message.success(t('auth.totpEnabled'));
          void navigate(await finishSignIn(queryClient, undefined), { replace: true });
        }}
      />
    </AuthFrame>
  );
}
