// Types only: this panel is on the sign-in path (forced TOTP setup), whose bundle carries no zod.
import type { authApi, BodyInput, ResponseOf } from '@yifa/domain';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { reportFormError } from '../app/report-form-error.ts';

/** The server's QR code as an image (never injected as markup). */
function qrSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * Setting up the second factor (RFC 6238): POST /api/auth/totp/setup gives the secret and its QR
 * code; the first code from the app, sent to /api/auth/totp/enable, proves the app has it.
 */
export function TotpSetupPanel({ onEnabled }: { onEnabled: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const setup = useMutation({ mutationFn: () => api.post<ResponseOf<typeof authApi.setupTotp>>('/auth/totp/setup') });
  const enable = useMutation({
    meta: { silent: true },
    mutationFn: (code: string) =>
      api.post<ResponseOf<typeof authApi.enableTotp>>('/auth/totp/enable', { code } satisfies BodyInput<typeof authApi.enableTotp>),
    onSuccess: onEnabled,
    onError: (error) => reportFormError(form, error, { fields: ['code'], codeFields: { 'AUTH.TOTP_INVALID': 'code' } }),
  });

  return (
    <div>
      <Typography.Paragraph>{t('auth.totpSetupIntro')}</Typography.Paragraph>
      <ol style={{ paddingInlineStart: 20, lineHeight: '26px' }}>
        <li>{t('auth.totpStep1')}</li>
        <li>{t('auth.totpStep2')}</li>
        <li>{t('auth.totpStep3')}</li>
      </ol>
      {!setup.data ? (
        <Button type="primary" onClick={() => setup.mutate()} loading={setup.isPending}>
          {t('auth.totpStart')}
        </Button>
      ) : (
        <Space align="start" size={24} wrap>
          <img
            src={qrSource(setup.data.qrSvg)}
            alt={t('auth.totpQrAlt')}
            width={180}
            height={180}
            style={{ border: '1px solid #e5e8ed', borderRadius: 4 }}
          />
          <div style={{ minWidth: 240 }}>
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              {t('auth.totpSecret')}:{' '}
              <Typography.Text code copyable>
                {setup.data.secret}
              </Typography.Text>
            </Typography.Paragraph>
            <Form form={form} layout="vertical" requiredMark={false} onFinish={({ code }) => enable.mutate(code.trim())}>
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
                  style={{ width: 180, letterSpacing: 6, fontSize: 18 }}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={enable.isPending}>
                {t('auth.totpConfirm')}
              </Button>
            </Form>
          </div>
        </Space>
      )}
    </div>
  );
}
