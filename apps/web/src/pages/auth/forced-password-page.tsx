import { useQueryClient } from '@tanstack/react-query';
import { Alert, App } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ChangePasswordForm } from '../../auth/change-password-form.tsx';
import { useSession } from '../../auth/session.ts';
import { FullPageSpin } from '../../layout/full-page-spin.tsx';
import { AuthFrame } from './auth-frame.tsx';
import { finishSignIn } from './finish-sign-in.ts';

/** First sign-in with an initial password: it must be changed before anything else (GB/T 22239-2019 §8.1.4.1). */
export default function ForcedPasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  if (session.isPending) return <FullPageSpin />;
  if (session.isError) return <Navigate to="/login" replace />;
  if (!session.data.mustChangePassword) return <Navigate to="/" replace />;
  return (
    <AuthFrame title={t('auth.changePasswordTitle')} width={440}>
      <Alert type="info" showIcon title={t('auth.changePasswordForced')} style={{ marginBottom: 16 }} />
      <ChangePasswordForm
        policy={session.data.passwordPolicy}
        onDone={async () => {
          void message.success(t('auth.passwordChanged'));
          void navigate(await finishSignIn(queryClient, undefined), { replace: true });
        }}
      />
    </AuthFrame>
  );
}
