import { ZCreateOrgRequest, type Org } from '@yifa/domain/organisation';
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { reportFormError } from '../../../app/report-form-error.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { numberRule } from '../../../components/form-rules.ts';
import { maxLengthOf, numberLimitsOf } from '../../../components/contract-limits.ts';
import { useOrgMutations } from './use-org-mutations.ts';

type ChildKind = 'department' | 'village' | 'community';

const NAME_MAX = maxLengthOf(ZCreateOrgRequest, 'name');
const SORT_ORDER_LIMITS = numberLimitsOf(ZCreateOrgRequest, 'sortOrder');

interface Values {
  kind: ChildKind;
  name: string;
  divisionCode?: string;
  sortOrder?: number;
}

export type OrgFormTarget = { mode: 'create'; parent: Org; kind: ChildKind } | { mode: 'edit'; org: Org };

const FIELDS = ['kind', 'name', 'divisionCode', 'sortOrder', 'parentId'];

/** Adds an office, village or community under a node, or edits a node (name, kind, code, order), sending its version. */
export function OrgFormModal({ target, onClose }: { target: OrgFormTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { create, update } = useOrgMutations();
  const org = target?.mode === 'edit' ? target.org : null;
  const isTownshipLevel = org?.kind === 'township' || org?.kind === 'county';
  const initialValues: Partial<Values> =
    target?.mode === 'create'
      ? { kind: target.kind, sortOrder: 0 }
      : org
        ? {
            kind: isTownshipLevel ? undefined : (org.kind as ChildKind),
            name: org.name,
            divisionCode: org.divisionCode ?? '',
            sortOrder: org.sortOrder,
          }
        : {};

  const submit = (values: Values) => {
    const divisionCode = values.divisionCode?.trim() ? values.divisionCode.trim() : null;
    if (target?.mode === 'create') {
      create.mutate(
        { parentId: target.parent.id, kind: values.kind, name: values.name.trim(), divisionCode, sortOrder: values.sortOrder ?? 0 },
        {
          onSuccess: () => {
            notifySuccess(t('common.created'));
            onClose();
          },
          onError: (e) => reportFormError(form, e, { fields: FIELDS }),
        },
      );
    } else if (org) {
      update.mutate(
        {
          id: org.id,
          body: {
            name: values.name.trim(),
            ...(isTownshipLevel ? {} : { kind: values.kind, divisionCode }),
            sortOrder: values.sortOrder ?? 0,
            version: org.version,
          },
        },
        {
          onSuccess: () => {
            notifySuccess(t('common.saved'));
            onClose();
          },
          onError: (e) => reportFormError(form, e, { fields: FIELDS }),
        },
      );
    }
  };

  const title = target?.mode === 'create' ? `${t('org.tree.addChild')} · ${target.parent.name}` : t('org.tree.rename');
  return (
    <FormModal<Values>
      open={!!target}
      title={title}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      isSubmitting={create.isPending || update.isPending}
      initialValues={initialValues}
    >
      {isTownshipLevel ? null : (
        <Form.Item
          name="kind"
          label={t('org.tree.childKind')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('org.tree.childKind') }) }]}
        >
          <Select options={(['department', 'village', 'community'] as const).map((k) => ({ value: k, label: t(`org.kind.${k}`) }))} />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('org.tree.name')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('org.tree.name') }) }, { max: NAME_MAX }]}
      >
        <Input placeholder={t('org.tree.namePlaceholder')} maxLength={NAME_MAX} autoFocus />
      </Form.Item>
      <Form.Item
        name="divisionCode"
        label={t('org.tree.divisionCode')}
        extra={t('org.tree.divisionCodeHint')}
        rules={[{ pattern: /^\s*(\d{12})?\s*$/, message: t('org.tree.divisionCodeInvalid') }]}
      >
        <Input inputMode="numeric" maxLength={12} disabled={isTownshipLevel} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('org.tree.sortOrder')} rules={[numberRule(t('org.tree.sortOrder'), SORT_ORDER_LIMITS)]}>
        <InputNumber style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}
