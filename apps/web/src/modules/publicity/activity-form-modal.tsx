import { type BodyInput, type FileInfo } from '@yifa/domain';
import { type Org } from '@yifa/domain/organisation';
import { publicityApi, ZActivityInput, type Activity } from '@yifa/domain/publicity';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { useSessionInfo } from '../../auth/session.ts';
import { AttachmentField } from '../../components/attachment-field/index.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { numberRule } from '../../components/form-rules.ts';
import { maxLengthOf, numberLimitsOf } from '../../components/contract-limits.ts';
import { publicityKeys, useCampaigns, useDutyItems, usePublicityOptions, type PageContext } from './api.ts';
import { chinaToday } from '../../app/china-today.ts';

interface Values {
  orgId: string;
  date: Dayjs;
  title: string;
  campaignId?: string | null;
  dutyItemId?: string | null;
  venueType: string;
  villageId?: string | null;
  channel: string;
  audienceType?: string | null;
  audienceCount: number;
  materialsCount: number;
  caseReference?: string;
  summary?: string;
  attachments?: FileInfo[];
}
const FIELDS = [
  'orgId',
  'date',
  'title',
  'campaignId',
  'dutyItemId',
  'venueType',
  'villageId',
  'channel',
  'audienceType',
  'audienceCount',
  'materialsCount',
  'caseReference',
  'summary',
  'attachmentIds',
];

/** Records or edits one publicity activity, with its photos (AttachmentField) and the duty-list line it carries out. */
export function ActivityFormModal({
  activity,
  isOpen,
  ctx,
  orgs,
  onClose,
  isReadOnly = false,
}: {
  activity: Activity | null;
  isOpen: boolean;
  ctx: PageContext;
  orgs: Org[];
  onClose: () => void;
  isReadOnly?: boolean;
}) {
  const { t } = useTranslation();
  const session = useSessionInfo();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const options = usePublicityOptions(ctx);
  const campaigns = useCampaigns(ctx);
  const orgId = Form.useWatch('orgId', form) ?? activity?.orgId ?? session.user.orgId ?? undefined;
  const duty = useDutyItems(ctx);
  const townshipOrgs = orgs.filter((o) => o.townshipId === ctx.townshipId && o.kind !== 'county');
  const villages = townshipOrgs.filter((o) => o.kind === 'village' || o.kind === 'community');

  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values): Promise<unknown> => {
      const body: BodyInput<typeof publicityApi.createActivity> = {
        orgId: v.orgId,
        date: v.date.format('YYYY-MM-DD'),
        title: v.title.trim(),
        campaignId: v.campaignId ?? null,
        dutyItemId: v.dutyItemId ?? null,
        venueType: v.venueType,
        villageId: v.villageId ?? null,
        channel: v.channel,
        audienceType: v.audienceType ?? null,
        audienceCount: v.audienceCount ?? 0,
        materialsCount: v.materialsCount ?? 0,
        caseReference: v.caseReference?.trim() || null,
        summary: v.summary?.trim() || null,
        attachmentIds: (v.attachments ?? []).map((f) => f.id),
      };
      return activity
        ? call(publicityApi.updateActivity, { params: { id: activity.id }, body: { ...body, version: activity.version } })
        : call(publicityApi.createActivity, { body });
    },
    onSuccess: async () => {
      notifySuccess(activity ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: publicityKeys.all });
      onClose();
    },
    onError: (error) =>
      reportFormError(form, error, {
        fields: FIELDS,
        paths: { attachmentIds: 'attachments' },
        codeFields: {
          'PUBLICITY.INVALID_ORG': 'orgId',
          'PUBLICITY.INVALID_VILLAGE': 'villageId',
          'PUBLICITY.INVALID_CAMPAIGN': 'campaignId',
          'PUBLICITY.INVALID_DUTY_ITEM': 'dutyItemId',
        },
      }),
  });

  const initialValues: Partial<Values> = activity
    ? {
        orgId: activity.orgId,
        date: dayjs(activity.date),
        title: activity.title,
        campaignId: activity.campaignId,
        dutyItemId: activity.dutyItemId,
        venueType: activity.venueType,
        villageId: activity.villageId,
        channel: activity.channel,
        audienceType: activity.audienceType,
        audienceCount: activity.audienceCount,
        materialsCount: activity.materialsCount,
        caseReference: activity.caseReference ?? '',
        summary: activity.summary ?? '',
        attachments: activity.attachments,
      }
    : ({
        orgId: session.user.orgId ?? undefined,
        date: chinaToday(),
        audienceCount: 0,
        materialsCount: 0,
        attachments: [],
      } as Partial<Values>);
  const required = (field: string) => [{ required: true, message: t('common.requiredSelect', { field }) }];

  return (
    <FormModal<Values>
      open={isOpen}
      title={activity ? t('publicity.activity.edit') : t('publicity.activity.create')}
      form={form}
      width={820}
      onSubmit={(v) => save.mutate(v)}
      onCancel={onClose}
      isSubmitting={save.isPending}
      initialValues={initialValues}
      isReadOnly={isReadOnly}
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item
            name="title"
            label={t('publicity.activity.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('publicity.activity.name') }) }]}
          >
            <Input maxLength={maxLengthOf(ZActivityInput, 'title')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="date" label={t('publicity.activity.date')} rules={required(t('publicity.activity.date'))}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="orgId" label={t('publicity.activity.org')} rules={required(t('publicity.activity.org'))}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={townshipOrgs.map((o) => ({ value: o.id, label: o.name }))}
              onChange={() => form.setFieldValue('dutyItemId', null)}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="venueType" label={t('publicity.activity.venueType')} rules={required(t('publicity.activity.venueType'))}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={options.venueType} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="villageId" label={t('publicity.activity.village')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={villages.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="channel" label={t('publicity.activity.channel')} rules={required(t('publicity.activity.channel'))}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={options.channel} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="audienceType" label={t('publicity.activity.audienceType')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={options.audienceType} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="audienceCount"
            label={t('publicity.activity.audienceCount')}
            rules={[
              ...required(t('publicity.activity.audienceCount')),
              numberRule(t('publicity.activity.audienceCount'), numberLimitsOf(ZActivityInput, 'audienceCount')),
            ]}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="materialsCount"
            label={t('publicity.activity.materialsCount')}
            rules={[
              ...required(t('publicity.activity.materialsCount')),
              numberRule(t('publicity.activity.materialsCount'), numberLimitsOf(ZActivityInput, 'materialsCount')),
            ]}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="campaignId" label={t('publicity.activity.campaign')}>
            <Select allowClear options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="dutyItemId" label={t('publicity.activity.dutyItem')}>
            <Select allowClear options={(duty.data ?? []).filter((d) => d.orgId === orgId).map((d) => ({ value: d.id, label: d.laws }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="caseReference" label={t('publicity.activity.caseReference')} extra={t('publicity.activity.caseReferenceHint')}>
            <Input maxLength={maxLengthOf(ZActivityInput, 'caseReference')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="summary" label={t('publicity.activity.summary')}>
            <Input.TextArea rows={2} maxLength={maxLengthOf(ZActivityInput, 'summary')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="attachments" label={t('publicity.activity.photos')}>
            <AttachmentField
              entityType="publicityActivity"
              {...(activity ? { entityId: activity.id } : {})}
              maxCount={30}
              aria-label={t('publicity.activity.photos')}
            />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
