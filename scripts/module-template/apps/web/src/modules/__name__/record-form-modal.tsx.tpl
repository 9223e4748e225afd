import { Z__Pascal__Input, type __Pascal__Record } from '@yifa/domain/__name__';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { maxLengthOf } from '../../components/contract-limits.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { requiredTextRule } from '../../components/form-rules.ts';
import { use__Pascal__Mutations } from './api.ts';

interface Values {
  title: string;
  notes?: string;
}

/** Adds a record, or changes `record`; the limits come from the contract the server validates with. */
export function RecordFormModal({ record, townshipId, onClose }: { record: __Pascal__Record | null; townshipId: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { save } = use__Pascal__Mutations(townshipId);
  const submit = (v: Values) =>
    save.mutate(
      { record, input: { title: v.title.trim(), notes: v.notes?.trim() || null } },
      {
        onSuccess: () => {
          notifySuccess(record ? t('common.saved') : t('common.created'));
          onClose();
        },
        onError: (error) => reportFormError(form, error, { fields: ['title', 'notes'] }),
      },
    );
  return (
    <FormModal<Values>
      open
      title={record ? t('__camel__.edit') : t('__camel__.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      isSubmitting={save.isPending}
      initialValues={record ? { title: record.title, notes: record.notes ?? '' } : {}}
    >
      <Form.Item name="title" label={t('__camel__.field.title')} rules={[requiredTextRule(t('__camel__.field.title'))]}>
        <Input maxLength={maxLengthOf(Z__Pascal__Input, 'title')} />
      </Form.Item>
      <Form.Item name="notes" label={t('__camel__.field.notes')}>
        <Input.TextArea rows={3} maxLength={maxLengthOf(Z__Pascal__Input, 'notes')} />
      </Form.Item>
    </FormModal>
  );
}
