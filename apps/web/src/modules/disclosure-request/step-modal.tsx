import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { AttachmentField } from '../../components/attachment-field/index.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { numberRule, requiredRule, requiredTextRule, type NumberLimits } from '../../components/form-rules.ts';
import { REQUESTS_KEY } from './api.ts';
import { chinaToday } from '../../app/china-today.ts';

export interface StepField {
  name: string;
  label: string;
  kind: 'date' | 'text' | 'textarea' | 'number' | 'select' | 'checkbox' | 'files';
  /** files: the record the files belong to. */
  entity?: { type: string; id: string; orgId: string };
  required?: boolean;
  options?: { value: string; label: string }[];
  /** text, textarea: the contract's maximum length (maxLengthOf). */
  maxLength?: number;
  /** number: the contract's bounds (numberLimitsOf). */
  limits?: NumberLimits;
  initial?: unknown;
}

export interface StepSpec {
  title: string;
  /** Sends the body through the step's contract (stepSender in api.ts). */
  send: (body: Record<string, unknown>) => Promise<unknown>;
  fields: StepField[];
  /** Added to the body (e.g. the record's version). */
  extra?: Record<string, unknown>;
  intro?: ReactNode;
}

const today = () => chinaToday();

/** One workflow step as a small form: the fields, the record's version, POST, refresh the request. */
export function StepModal({ spec, onClose }: { spec: StepSpec | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => spec!.send(body),
    meta: { silent: true },
    onSuccess: async () => {
      notifySuccess(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: REQUESTS_KEY });
      onClose();
    },
    onError: (e) => reportFormError(form, e, { fields: spec?.fields.map((f) => f.name) ?? [] }),
  });
  const initialValues = Object.fromEntries(
    (spec?.fields ?? []).map((f) => [
      f.name,
      f.kind === 'date' ? (f.initial === null ? null : f.initial ? dayjs(String(f.initial)) : today()) : f.initial,
    ]),
  );
  const submit = (values: Record<string, unknown>) => {
    const body: Record<string, unknown> = { ...spec?.extra };
    for (const f of spec?.fields ?? []) {
      const v = values[f.name];
      if (f.kind === 'date') body[f.name] = v ? (v as Dayjs).format('YYYY-MM-DD') : null;
      else if (f.kind === 'checkbox') body[f.name] = !!v;
      else if (f.kind === 'files') body[f.name] = ((v as { id: string }[] | undefined) ?? []).map((x) => x.id);
      else if (typeof v === 'string') body[f.name] = v.trim() ? v.trim() : null;
      else body[f.name] = v ?? null;
    }
    save.mutate(body);
  };
  return (
    <FormModal
      open={!!spec}
      title={spec?.title}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      isSubmitting={save.isPending}
      initialValues={initialValues}
      width={620}
    >
      {spec?.intro}
      {spec?.fields.map((f) => (
        <Form.Item
          key={f.name}
          name={f.name}
          label={f.kind === 'checkbox' ? undefined : f.label}
          valuePropName={f.kind === 'checkbox' ? 'checked' : 'value'}
          rules={[
            ...(f.required ? [f.kind === 'text' || f.kind === 'textarea' ? requiredTextRule(f.label) : requiredRule(f.label)] : []),
            ...(f.kind === 'number' ? [numberRule(f.label, f.limits ?? {})] : []),
          ]}
        >
          {f.kind === 'date' ? (
            <DatePicker style={{ width: 200 }} aria-label={f.label} />
          ) : f.kind === 'textarea' ? (
            <Input.TextArea rows={f.name === 'letterText' ? 14 : 3} aria-label={f.label} maxLength={f.maxLength} />
          ) : f.kind === 'number' ? (
            <InputNumber aria-label={f.label} />
          ) : f.kind === 'select' ? (
            <Select options={f.options} aria-label={f.label} showSearch={{ optionFilterProp: 'label' }} />
          ) : f.kind === 'checkbox' ? (
            <Checkbox>{f.label}</Checkbox>
          ) : f.kind === 'files' ? (
            <AttachmentField entityType={f.entity?.type} entityId={f.entity?.id} orgId={f.entity?.orgId} maxCount={10} />
          ) : (
            <Input aria-label={f.label} maxLength={f.maxLength} />
          )}
        </Form.Item>
      ))}
    </FormModal>
  );
}
