import { LockOutlined, UserOutlined } from '@ant-design/icons';
// Types only: the login page's bundle carries no zod (apps/web/src/zod-config.ts, budget 350 kB gzip).
import type { authApi, BodyInput, ResponseOf } from '@yifa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { applyProblemToForm } from '../../api/form-errors.ts';
import { isApiProblem } from '../../api/problem.ts';
import { resetSessionState } from '../../auth/session.ts';
import { AuthFrame } from './auth-frame.tsx';
import { finishSignIn } from './finish-sign-in.ts';
import { readLoginState } from './login-state.ts';
import { TotpStep } from './totp-step.tsx';

/** Sign-in: username and password, then the one-time code when the account has one. */
export default function LoginPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = readLoginState(location.state);
  const [step, setStep] = useState<'password' | 'totp'>(state.step === 'totp' ? 'totp' : 'password');
  const [form] = Form.useForm<BodyInput<typeof authApi.login>>();

  const goOn = async () => {
    const next = await finishSignIn(queryClient, state.from);
    void navigate(next, { replace: true });
  };

  const login = useMutation({
    meta: { silent: true },
    mutationFn: (values: BodyInput<typeof authApi.login>) => {
      // A new session gets a new CSRF token; nothing of a previous session may linger.
      resetSessionState(queryClient);
      return api.post<ResponseOf<typeof authApi.login>>('/auth/login', values, { skipAuthRedirect: true });
    },
    onSuccess: async (result) => {
      if (result.status === 'totpRequired') setStep('totp');
      else await goOn();
    },
    onError: (error) => {
      if (isApiProblem(error)) applyProblemToForm(form, error, { fields: ['username', 'password'] });
    },
  });

  const notice =
    state.reason === 'expired'
      ? { type: 'warning' as const, text: t('auth.sessionExpired') }
      : state.reason === 'loggedOut'
        ? { type: 'success' as const, text: t('layout.loggedOut') }
        : null;

  if (step === 'totp') {
    return (
      <AuthFrame title={t('auth.totpTitle')}>
        <TotpStep onVerified={goOn} onBack={() => setStep('password')} />
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t('auth.loginTitle')}>
      {notice && !login.isError ? <Alert type={notice.type} title={notice.text} showIcon style={{ marginBottom: 16 }} /> : null}
      {login.isError ? (
        <Alert
          type={isApiProblem(login.error) && login.error.code === 'AUTH.ACCOUNT_LOCKED' ? 'warning' : 'error'}
          title={describeError(login.error, t, i18n.language)}
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)} disabled={login.isPending}>
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus maxLength={64} size="large" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" maxLength={128} size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {login.isPending ? t('auth.loggingIn') : t('auth.login')}
        </Button>
      </Form>
      <p style={{ marginTop: 16, marginBottom: 0, fontSize: 13, color: 'rgba(0, 0, 0, 0.55)' }}>{t('auth.loginHint')}</p>
    </AuthFrame>
  );
}
