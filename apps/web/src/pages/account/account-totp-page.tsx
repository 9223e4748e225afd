import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { authApi } from '@yifa/domain';
import { call } from '../../api/call.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { SESSION_KEY, useSessionInfo } from '../../auth/session.ts';
import { TotpSetupPanel } from '../../auth/totp-setup-panel.tsx';

/** 动态验证码 from the user menu: set it up, or turn it off with a current code. */
export default function AccountTotpPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const session = useSessionInfo();
  const [form] = Form.useForm<{ code: string }>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  const disable = useMutation({
    meta: { silent: true },
    mutationFn: (code: string) => call(authApi.disableTotp, { body: { code } }),
    onSuccess: async () => {
      void message.success(t('auth.totpDisabled'));
      form.resetFields();
      await refresh();
    },
    onError: (error) => reportFormError(form, error, { fields: ['code'], codeFields: { 'AUTH.TOTP_INVALID': 'code' } }),
  });
  const isOn = session.user.isTotpEnabled;
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        {t('layout.totp')}
      </Typography.Title>
      <Alert
        type={isOn ? 'success' : 'info'}
        showIcon
        title={isOn ? t('auth.totpStatusOn') : t('auth.totpStatusOff')}
        style={{ marginBottom: 16, maxWidth: 640 }}
      />
      {isOn ? (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={({ code }) => disable.mutate(code.trim())}
          style={{ maxWidth: 400 }}
        >
          <Typography.Paragraph>{t('auth.totpDisablePrompt')}</Typography.Paragraph>
          <Form.Item
            name="code"
            label={t('auth.totpCode')}
            rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('auth.totpCodeInvalid') }]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ width: 180, letterSpacing: 6, fontSize: 18 }} />
          </Form.Item>
          <Button danger htmlType="submit" loading={disable.isPending}>
            {t('auth.totpDisable')}
          </Button>
        </Form>
      ) : (
        <TotpSetupPanel
          onEnabled={async () => {
            void message.success(t('auth.totpEnabled'));
            await refresh();
          }}
        />
      )}
    </Card>
  );
}
