import { App, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../../auth/change-password-form.tsx';
import { useSessionInfo } from '../../auth/session.ts';

/** 修改密码 from the user menu. */
export default function AccountPasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSessionInfo();
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        {t('auth.changePasswordTitle')}
      </Typography.Title>
      <ChangePasswordForm policy={session.passwordPolicy} onDone={() => void message.success(t('auth.passwordChanged'))} />
    </Card>
  );
}
