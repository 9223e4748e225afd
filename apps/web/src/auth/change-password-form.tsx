// Types only: the forced password change is on the sign-in path, whose bundle carries no zod.
import type { authApi, BodyInput, ResponseOf } from '@yifa/domain';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { reportFormError } from '../app/report-form-error.ts';
import { PasswordPolicyHint, passwordPolicyChecks, type PasswordPolicy } from './password-policy-hint.tsx';

interface Values extends BodyInput<typeof authApi.changePassword> {
  confirmPassword: string;
}

/** Problems about one field that the server reports without invalidParams. */
const CODE_FIELDS = {
  'AUTH.WRONG_PASSWORD': 'currentPassword',
  'AUTH.PASSWORD_REUSED': 'newPassword',
  'AUTH.PASSWORD_TOO_WEAK': 'newPassword',
};

/** POST /api/auth/password with the policy checked live; server errors land on their fields. */
export function ChangePasswordForm({ policy, onDone }: { policy: PasswordPolicy; onDone: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const change = useMutation({
    meta: { silent: true },
    mutationFn: ({ currentPassword, newPassword: next }: Values) =>
      api.post<ResponseOf<typeof authApi.changePassword>>('/auth/password', {
        currentPassword,
        newPassword: next,
      } satisfies BodyInput<typeof authApi.changePassword>),
    onSuccess: async () => {
      form.resetFields();
      await onDone();
    },
    onError: (error) => reportFormError(form, error, { fields: ['currentPassword', 'newPassword'], codeFields: CODE_FIELDS }),
  });
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => change.mutate(values)} style={{ maxWidth: 400 }}>
      <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password autoComplete="current-password" maxLength={128} autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        rules={[
          { required: true, message: t('auth.passwordRequired') },
          {
            validator: async (_, value: string | undefined) => {
              if (value && !passwordPolicyChecks(value, policy).isAcceptable) throw new Error(t('auth.policyNotAcceptable'));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} aria-describedby="password-policy" />
      </Form.Item>
      <PasswordPolicyHint id="password-policy" password={newPassword} policy={policy} />
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('auth.confirmPasswordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
