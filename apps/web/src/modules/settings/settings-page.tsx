import { settingsApi, ZFileSettings, ZSecuritySettings, type FileSettings, type SecuritySettings } from '@yifa/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Skeleton, Switch, Typography, type FormInstance } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { SESSION_KEY, useCan, useSessionInfo } from '../../auth/session.ts';
import { numberLimitsOf } from '../../components/contract-limits.ts';
import type { TranslationKey } from '../../i18n/keys.ts';

type Part = 'security' | 'files';

/** The numeric fields; their bounds come from ZSecuritySettings / ZFileSettings (packages/domain platform/settings.ts). */
const NUMBER_FIELDS: { part: Part; key: string; min: number; max: number; unit?: TranslationKey }[] = (
  [
    { part: 'security', key: 'maxFailedLogins', unit: 'settings.unitTimes' },
    { part: 'security', key: 'lockMinutes', unit: 'settings.unitMinutes' },
    { part: 'security', key: 'idleMinutes', unit: 'settings.unitMinutes' },
    { part: 'security', key: 'passwordMinLength', unit: 'settings.unitChars' },
    { part: 'security', key: 'passwordMinClasses', unit: 'settings.unitClasses' },
    { part: 'files', key: 'maxUploadMb', unit: 'settings.unitMb' },
  ] as const
).map((f) => {
  const limits = numberLimitsOf(f.part === 'security' ? ZSecuritySettings : ZFileSettings, f.key);
  return { ...f, min: limits.min ?? 0, max: limits.max ?? Number.MAX_SAFE_INTEGER };
});

/** "lockMinutes: 15 → 30" lines for the confirmation, in the UI language. */
export function describeChanges(
  part: Part,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  label: (key: string) => string,
  yesNo: (v: boolean) => string,
): string[] {
  const show = (v: unknown) => (typeof v === 'boolean' ? yesNo(v) : String(v));
  return Object.keys(after)
    .filter((k) => before[k] !== after[k])
    .map((k) => `${label(`${part}.${k}`)}: ${show(before[k])} → ${show(after[k])}`);
}

function SettingsForm<V extends SecuritySettings | FileSettings>({
  part,
  title,
  intro,
  values,
  isReadOnly,
}: {
  part: Part;
  title: string;
  intro: string;
  values: V;
  isReadOnly: boolean;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<Part, V>>();
  useEffect(() => form.setFieldsValue({ [part]: values } as Record<Part, V>), [form, part, values]);

  const save = useMutation({
    meta: { silent: true },
    mutationFn: (next: V) => call(settingsApi.update, { body: { [part]: next } }),
    onSuccess: async (settings) => {
      notifySuccess(t('common.saved'));
      queryClient.setQueryData(['settings'], settings);
      // The session carries the password policy and the idle time: read it again.
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
    onError: (error) =>
      reportFormError(form as FormInstance, error, {
        fields: NUMBER_FIELDS.map((f) => `${f.part}.${f.key}`).concat('security.requireAdminTotp'),
      }),
  });

  const confirm = (all: Record<Part, V>) => {
    const next = all[part];
    const changes = describeChanges(
      part,
      values as Record<string, unknown>,
      next as Record<string, unknown>,
      (k) => t(`settings.field.${k}` as TranslationKey),
      (v) => (v ? t('common.yes') : t('common.no')),
    );
    if (changes.length === 0) {
      notifySuccess(t('settings.noChange'));
      return;
    }
    modal.confirm({
      title: t('settings.confirmTitle'),
      content: (
        <div>
          <ul style={{ paddingInlineStart: 18, margin: '8px 0' }}>
            {changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <Typography.Text type="secondary">{t('settings.confirmHint')}</Typography.Text>
        </div>
      ),
      okText: t('common.save'),
      cancelText: t('common.cancel'),
      onOk: () => save.mutateAsync(next).catch(() => undefined),
    });
  };

  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {intro}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        disabled={isReadOnly}
        requiredMark={!isReadOnly}
        onFinish={confirm}
        initialValues={{ [part]: values }}
      >
        <Row gutter={24}>
          {NUMBER_FIELDS.filter((f) => f.part === part).map((f) => (
            <Col span={8} key={f.key}>
              <Form.Item
                name={[part, f.key]}
                label={t(`settings.field.${part}.${f.key}` as TranslationKey)}
                extra={t(`settings.hint.${part}.${f.key}` as TranslationKey)}
                rules={[
                  { required: true, type: 'integer', min: f.min, max: f.max, message: t('settings.range', { min: f.min, max: f.max }) },
                ]}
              >
                <InputNumber<number> style={{ width: '100%' }} {...(f.unit ? { suffix: t(f.unit) } : {})} />
              </Form.Item>
            </Col>
          ))}
          {part === 'security' ? (
            <Col span={8}>
              <Form.Item
                name={['security', 'requireAdminTotp']}
                label={t('settings.field.security.requireAdminTotp')}
                extra={t('settings.hint.security.requireAdminTotp')}
                valuePropName="checked"
              >
                <Switch />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        {isReadOnly ? null : (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}

/**
 * 系统设置: the installation's security policy (GB/T 22239-2019 §8.1.4.1: login failure handling,
 * session timeout, password complexity, two-factor for administrators) and the attachment limit.
 * They bind every township, so only the system administrator changes them; others read them.
 */
export default function SettingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const session = useSessionInfo();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call(settingsApi.get) });
  const isReadOnly = !(can('platform:settings:write') && session.dataScope === 'all');
  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Title level={1} style={{ fontSize: 20, margin: '0 0 12px' }}>
        {t('settings.title')}
      </Typography.Title>
      {isReadOnly ? <Alert type="info" showIcon title={t('settings.readOnly')} style={{ marginBottom: 12 }} /> : null}
      {settings.data ? (
        <>
          <SettingsForm
            part="security"
            title={t('settings.securityTitle')}
            intro={t('settings.securityIntro')}
            values={settings.data.security}
            isReadOnly={isReadOnly}
          />
          <SettingsForm
            part="files"
            title={t('settings.filesTitle')}
            intro={t('settings.filesIntro')}
            values={settings.data.files}
            isReadOnly={isReadOnly}
          />
        </>
      ) : (
        <Skeleton active />
      )}
    </div>
  );
}
