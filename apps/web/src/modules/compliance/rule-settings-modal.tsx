import { complianceApi, type BodyInput, type ComplianceRuleInfo } from '@yifa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Skeleton, Switch, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { formatInstant } from '../../components/format-date.ts';
import type { TranslationKey } from '../../i18n/keys.ts';
import { fromFormParams, paramFields, toFormParams } from './params-fields.ts';

export interface RuleSettingsTarget {
  rule: ComplianceRuleInfo;
  year: number;
  townshipId: string | null;
}

interface Values {
  isEnabled: boolean;
  params: Record<string, unknown>;
}

/** A township's settings of one rule for one year: on or off, and the rule's parameters (defaults until saved). */
export function RuleSettingsModal({ target, onClose }: { target: RuleSettingsTarget | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const params = { ruleCode: target?.rule.code ?? '', year: target?.year ?? 0 };
  const query = target?.townshipId ? { townshipId: target.townshipId } : {};
  const settings = useQuery({
    queryKey: ['compliance', 'settings', target?.rule.code, target?.year, target?.townshipId],
    queryFn: () => call(complianceApi.getSettings, { params, query }),
    enabled: !!target,
  });
  const fields = useMemo(() => paramFields(settings.data?.params ?? settings.data?.defaultParams), [settings.data]);

  useEffect(() => {
    if (settings.data) form.setFieldsValue({ isEnabled: settings.data.isEnabled, params: toFormParams(settings.data.params, fields) });
  }, [settings.data, fields, form]);

  const save = useMutation({
    meta: { silent: true },
    mutationFn: (body: BodyInput<typeof complianceApi.saveSettings>) => call(complianceApi.saveSettings, { params, query, body }),
    onSuccess: async () => {
      notifySuccess(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['compliance'] });
      await queryClient.invalidateQueries({ queryKey: ['workbench'] });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { fields: ['isEnabled', ...fields.map((f) => `params.${f.key}`), 'params'] }),
  });

  const submit = (values: Values) => {
    const { params, badJson } = fromFormParams(values.params ?? {}, fields);
    if (badJson.length) {
      form.setFields(badJson.map((key) => ({ name: ['params', key], errors: [t('compliance.badJson')] })));
      return;
    }
    save.mutate({ isEnabled: values.isEnabled, params });
  };

  const restoreDefaults = () => {
    if (settings.data) form.setFieldsValue({ params: toFormParams(settings.data.defaultParams, fields) });
  };

  const title = target ? (i18n.language.startsWith('en') ? target.rule.titleEn : target.rule.titleZh) : '';
  return (
    <FormModal<Values>
      open={!!target}
      title={target ? t('compliance.settingsTitle', { year: target.year }) : ''}
      form={form}
      width={620}
      isSubmitting={save.isPending}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Typography.Paragraph strong>{title}</Typography.Paragraph>
      {settings.isPending ? (
        <Skeleton active />
      ) : settings.data ? (
        <>
          <Alert
            type="info"
            showIcon
            title={
              settings.data.isSaved
                ? t('compliance.savedAt', { at: formatInstant(settings.data.updatedAt ?? '') })
                : t('compliance.usingDefaults')
            }
            style={{ marginBottom: 16 }}
          />
          <Form.Item name="isEnabled" label={t('compliance.enabledThisYear')} valuePropName="checked" extra={t('compliance.enabledHint')}>
            <Switch />
          </Form.Item>
          {fields.map((f) => {
            const label = t(`compliance.param.${f.key}` as TranslationKey, { defaultValue: f.key });
            const defaultValue = (settings.data.defaultParams as Record<string, unknown> | null)?.[f.key];
            const extra = t('compliance.defaultValue', { value: JSON.stringify(defaultValue) ?? '' });
            if (f.kind === 'boolean')
              return (
                <Form.Item key={f.key} name={['params', f.key]} label={label} extra={extra} valuePropName="checked">
                  <Switch />
                </Form.Item>
              );
            if (f.kind === 'number') {
              return (
                <Form.Item
                  key={f.key}
                  name={['params', f.key]}
                  label={label}
                  extra={extra}
                  rules={[{ required: true, message: t('common.required', { field: label }) }]}
                >
                  <InputNumber<number> style={{ width: 200 }} />
                </Form.Item>
              );
            }
            if (f.kind === 'text')
              return (
                <Form.Item key={f.key} name={['params', f.key]} label={label} extra={extra}>
                  <Input />
                </Form.Item>
              );
            return (
              <Form.Item key={f.key} name={['params', f.key]} label={label} extra={extra}>
                <Input.TextArea rows={4} spellCheck={false} style={{ fontFamily: 'monospace' }} />
              </Form.Item>
            );
          })}
          {fields.length ? (
            <Button onClick={restoreDefaults}>{t('compliance.restoreDefaults')}</Button>
          ) : (
            <Typography.Text type="secondary">{t('compliance.noParams')}</Typography.Text>
          )}
        </>
      ) : null}
    </FormModal>
  );
}
