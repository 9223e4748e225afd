import { GlobalOutlined } from '@ant-design/icons';
import { type BodyInput } from '@yifa/domain';
import { proactiveDisclosureApi as pdApi, ZGuideSettingsInput } from '@yifa/domain/proactive-disclosure';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { useCan } from '../../auth/session.ts';
import { maxLengthOf } from '../../components/contract-limits.ts';
import { useTownship } from '../../components/use-township.tsx';
import { useOrgs } from '../organisation/index.ts';
import { pdKeys, useGuideSettings } from './api.ts';

type Values = Omit<BodyInput<typeof pdApi.saveGuideSettings>, 'version'>;
const FIELDS = [
  'officeName',
  'address',
  'postalCode',
  'officeHours',
  'phone',
  'fax',
  'email',
  'onlineContact',
  'feesNote',
  'extraNote',
] as const;
const REQUIRED = new Set(['officeName', 'address', 'officeHours', 'phone']);

/** The settings the public 政府信息公开指南 is generated from (条例第十二条). */
export default function GuideSettingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const queryClient = useQueryClient();
  // A county reviewer picks the township whose guide they read (条例第十二条: each government keeps its own).
  const { townshipId, isKnown, picker } = useTownship();
  const settings = useGuideSettings(townshipId, isKnown);
  const orgs = useOrgs(can('org:org:read'));
  const township = orgs.data?.find((o) => o.kind === 'township' && (!townshipId || o.id === townshipId));
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values) => {
      const body = Object.fromEntries(FIELDS.map((f) => [f, v[f]?.trim() ? v[f]!.trim() : REQUIRED.has(f) ? '' : null]));
      return call(pdApi.saveGuideSettings, {
        body: { ...body, version: settings.data?.version ?? 1 } as BodyInput<typeof pdApi.saveGuideSettings>,
      });
    },
    onSuccess: async () => {
      notifySuccess(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: pdKeys.guide });
    },
    onError: (error) => reportFormError(form, error, { fields: [...FIELDS] }),
  });
  const s = settings.data;
  // The form is editable exactly when the server says so (the guide's abilities).
  const canWrite = !!s?.abilities.update;
  return (
    <Card>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('proactiveDisclosure.guide.title')}
        </Typography.Title>
        <Space>
          {picker}
          {township?.divisionCode ? (
            <Button icon={<GlobalOutlined />} href={`/gk/${township.divisionCode}/guide`} target="_blank">
              {t('proactiveDisclosure.guide.preview')}
            </Button>
          ) : null}
        </Space>
      </Space>
      {!s ? (
        <Skeleton active />
      ) : (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('proactiveDisclosure.guide.intro')} />
          <Form<Values>
            key={s.version}
            form={form}
            layout="vertical"
            disabled={!canWrite}
            onFinish={(v) => save.mutate(v)}
            initialValues={Object.fromEntries(FIELDS.map((f) => [f, s[f] ?? ''])) as Values}
          >
            <Row gutter={16}>
              {FIELDS.map((f) => (
                <Col key={f} span={f === 'feesNote' || f === 'extraNote' ? 24 : 12}>
                  <Form.Item
                    name={f}
                    label={t(`proactiveDisclosure.guide.${f}`)}
                    rules={
                      REQUIRED.has(f)
                        ? [
                            {
                              required: true,
                              whitespace: true,
                              message: t('common.required', { field: t(`proactiveDisclosure.guide.${f}`) }),
                            },
                          ]
                        : []
                    }
                  >
                    {f === 'feesNote' || f === 'extraNote' ? (
                      <Input.TextArea rows={2} maxLength={maxLengthOf(ZGuideSettingsInput, f)} />
                    ) : (
                      <Input maxLength={maxLengthOf(ZGuideSettingsInput, f)} />
                    )}
                  </Form.Item>
                </Col>
              ))}
            </Row>
            {canWrite ? (
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            ) : null}
          </Form>
        </>
      )}
    </Card>
  );
}
