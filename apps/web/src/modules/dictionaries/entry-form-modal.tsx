import { dictionariesApi, ZCreateDictionaryEntryRequest, type DictionaryCode, type DictionaryEntry } from '@yifa/domain';
import { useMutation } from '@tanstack/react-query';
import { Alert, Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { numberRule } from '../../components/form-rules.ts';
import { maxLengthOf, numberLimitsOf } from '../../components/contract-limits.ts';
import { useEntryMutations } from './api.ts';

interface Values {
  code?: string;
  labelZh: string;
  labelEn?: string;
  sortOrder?: number | null;
}

export type EntryDialog =
  { mode: 'create'; dictionary: string; dictionaryLabel: string } | { mode: 'edit'; entry: DictionaryEntry; dictionaryLabel: string };

const FIELDS = ['code', 'labelZh', 'labelEn', 'sortOrder'];
/** The limits the server checks (dictionary-contracts.ts). */
const LIMITS = {
  code: maxLengthOf(ZCreateDictionaryEntryRequest, 'code'),
  labelZh: maxLengthOf(ZCreateDictionaryEntryRequest, 'labelZh'),
  labelEn: maxLengthOf(ZCreateDictionaryEntryRequest, 'labelEn'),
  sortOrder: numberLimitsOf(ZCreateDictionaryEntryRequest, 'sortOrder'),
};
const CODE_FIELDS = { 'DICTIONARY.CODE_TAKEN': 'code', 'DICTIONARY.BUILTIN_CODE_READONLY': 'code' };

/** Adds an entry to a dictionary, or edits one. A built-in entry keeps its code: records store it. */
export function EntryFormModal({ dialog, onClose }: { dialog: EntryDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { update, refresh } = useEntryMutations();
  const entry = dialog?.mode === 'edit' ? dialog.entry : null;

  const create = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values) =>
      call(dictionariesApi.createEntry, {
        params: { dictionary: (dialog?.mode === 'create' ? dialog.dictionary : '') as DictionaryCode },
        body: {
          // Code and English label are optional on a new entry: the server gives custom<n> and reuses the Chinese label.
          ...(v.code?.trim() ? { code: v.code.trim() } : {}),
          labelZh: v.labelZh.trim(),
          ...(v.labelEn?.trim() ? { labelEn: v.labelEn.trim() } : {}),
          ...(typeof v.sortOrder === 'number' ? { sortOrder: v.sortOrder } : {}),
        },
      }),
    onSuccess: async () => {
      notifySuccess(t('common.created'));
      await refresh();
      onClose();
    },
    onError: (error) => reportFormError(form, error, { fields: FIELDS, codeFields: CODE_FIELDS }),
  });

  const submit = (v: Values) => {
    if (!entry) {
      create.mutate(v);
      return;
    }
    const change = {
      ...(entry.isBuiltin || (v.code ?? '').trim() === entry.code ? {} : { code: (v.code ?? '').trim() }),
      labelZh: v.labelZh.trim(),
      labelEn: (v.labelEn ?? '').trim(),
      ...(typeof v.sortOrder === 'number' ? { sortOrder: v.sortOrder } : {}),
    };
    update.mutate(
      { entry, change },
      {
        onSuccess: () => {
          notifySuccess(t('common.saved'));
          onClose();
        },
        onError: (error) => reportFormError(form, error, { fields: FIELDS, codeFields: CODE_FIELDS }),
      },
    );
  };

  return (
    <FormModal<Values>
      open={!!dialog}
      title={
        dialog
          ? entry
            ? t('dictionary.editTitle', { name: dialog.dictionaryLabel })
            : t('dictionary.createTitle', { name: dialog.dictionaryLabel })
          : ''
      }
      form={form}
      width={620}
      isSubmitting={create.isPending || update.isPending}
      initialValues={entry ? { code: entry.code, labelZh: entry.labelZh, labelEn: entry.labelEn, sortOrder: entry.sortOrder } : {}}
      onCancel={onClose}
      onSubmit={submit}
    >
      {entry?.isBuiltin ? <Alert type="info" showIcon title={t('dictionary.builtinCodeHint')} style={{ marginBottom: 12 }} /> : null}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="code"
            label={t('dictionary.code')}
            extra={entry?.isBuiltin ? undefined : t('dictionary.codeHint')}
            rules={[
              { required: !!entry, message: t('common.required', { field: t('dictionary.code') }) },
              { pattern: /^[a-z][A-Za-z0-9]{0,39}$/, message: t('dictionary.codeInvalid') },
            ]}
          >
            <Input maxLength={LIMITS.code} disabled={!!entry?.isBuiltin} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="sortOrder"
            label={t('dictionary.sortOrder')}
            extra={entry ? undefined : t('dictionary.sortOrderHint')}
            rules={[numberRule(t('dictionary.sortOrder'), LIMITS.sortOrder)]}
          >
            <InputNumber<number> style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="labelZh"
            label={t('dictionary.labelZh')}
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('dictionary.labelZh') }) }]}
          >
            <Input maxLength={LIMITS.labelZh} autoFocus />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="labelEn"
            label={t('dictionary.labelEn')}
            rules={[{ required: !!entry, whitespace: true, message: t('common.required', { field: t('dictionary.labelEn') }) }]}
          >
            <Input maxLength={LIMITS.labelEn} lang="en" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
