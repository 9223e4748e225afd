import { organisationApi, type User } from '@yifa/domain/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/call.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { reportFormError } from '../../../app/report-form-error.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { AdminPasswordField } from '../shared/password-field.tsx';

/** 重置密码: a new initial password, which also unlocks the account (POST /api/users/:id/reset-password). */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useMutation({
    meta: { silent: true },
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      call(organisationApi.resetPassword, { params: { id }, body: { newPassword } }),
    onSuccess: async () => {
      notifySuccess(t('user.resetDone'));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { fields: ['newPassword'], codeFields: { 'AUTH.PASSWORD_TOO_WEAK': 'newPassword' } }),
  });
  return (
    <FormModal<{ newPassword: string }>
      open={!!user}
      title={t('user.resetPasswordTitle', { name: user?.displayName ?? '' })}
      form={form}
      okText={t('user.resetPassword')}
      isSubmitting={reset.isPending}
      onCancel={onClose}
      onSubmit={({ newPassword }) => user && reset.mutate({ id: user.id, newPassword })}
    >
      <Typography.Paragraph type="secondary">{t('user.resetPasswordHint')}</Typography.Paragraph>
      <AdminPasswordField name="newPassword" label={t('auth.newPassword')} />
    </FormModal>
  );
}
