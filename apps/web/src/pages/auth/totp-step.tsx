import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { authApi, BodyInput, ResponseOf } from '@yifa/domain';
import { api } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';

/** The second step of signing in: the 6-digit code of the authenticator app (RFC 6238). */
export function TotpStep({ onVerified, onBack }: { onVerified: () => Promise<void>; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const verify = useMutation({
    meta: { silent: true },
    mutationFn: (code: string) =>
      api.post<ResponseOf<typeof authApi.verifyTotp>>('/auth/totp/verify', { code } satisfies BodyInput<typeof authApi.verifyTotp>, {
        skipAuthRedirect: true,
      }),
    onSuccess: onVerified,
    onError: (error) => {
      form.setFields([{ name: 'code', errors: [describeError(error, t, i18n.language)] }]);
    },
  });
  return (
    <>
      <p style={{ marginTop: 0 }}>{t('auth.totpPrompt')}</p>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={({ code }) => verify.mutate(code.trim())}>
        <Form.Item
          name="code"
          label={t('auth.totpCode')}
          rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('auth.totpCodeInvalid') }]}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            autoFocus
            size="large"
            style={{ letterSpacing: 6, fontSize: 20 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={verify.isPending}>
          {t('auth.verify')}
        </Button>
        <Button type="link" block onClick={onBack} style={{ marginTop: 8 }}>
          {t('auth.backToLogin')}
        </Button>
      </Form>
    </>
  );
}
