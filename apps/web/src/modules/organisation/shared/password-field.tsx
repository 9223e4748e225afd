import { ZResetPasswordRequest } from '@yifa/domain/organisation';
import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { generatePassword } from '../../../auth/generate-password.ts';
import { PasswordPolicyHint, passwordPolicyChecks } from '../../../auth/password-policy-hint.tsx';
import { useSessionInfo } from '../../../auth/session.ts';
import { maxLengthOf } from '../../../components/contract-limits.ts';

/** A password an administrator hands out (initial or reset), with the live policy and a generator. */
export function AdminPasswordField({ name, label, extra }: { name: string; label: string; extra?: string }) {
  const { t } = useTranslation();
  const policy = useSessionInfo().passwordPolicy;
  const form = Form.useFormInstance();
  const value = (Form.useWatch(name, form) as string | undefined) ?? '';
  return (
    <>
      <Form.Item label={label} htmlFor={name} required {...(extra ? { extra } : {})}>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name={name}
            noStyle
            rules={[
              { required: true, message: t('common.required', { field: label }) },
              {
                validator: async (_, v: string | undefined) => {
                  if (v && !passwordPolicyChecks(v, policy).isAcceptable) throw new Error(t('auth.policyNotAcceptable'));
                },
              },
            ]}
          >
            <Input
              id={name}
              autoComplete="new-password"
              maxLength={maxLengthOf(ZResetPasswordRequest, 'newPassword')}
              aria-describedby={`${name}-policy`}
              style={{ fontFamily: 'monospace' }}
            />
          </Form.Item>
          <Button onClick={() => form.setFieldValue(name, generatePassword())}>{t('user.generatePassword')}</Button>
        </Space.Compact>
      </Form.Item>
      <PasswordPolicyHint id={`${name}-policy`} password={value} policy={policy} />
    </>
  );
}
