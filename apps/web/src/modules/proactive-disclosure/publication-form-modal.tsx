import { type BodyInput, type FileInfo } from '@yifa/domain';
import {
  proactiveDisclosureApi as pdApi,
  ZPublicationInput,
  type CatalogItem,
  type PublicationDetail,
} from '@yifa/domain/proactive-disclosure';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { AttachmentField } from '../../components/attachment-field/index.ts';
import { maxLengthOf } from '../../components/contract-limits.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { pdKeys, useChannels } from './api.ts';

interface Values {
  catalogItemId: string;
  title: string;
  docNumber?: string;
  indexNumber?: string;
  summary?: string;
  formedOn: Dayjs;
  publishedOn?: Dayjs | null;
  channels?: string[];
  files?: FileInfo[];
  publicFileIds?: string[];
}
const FIELDS = ['catalogItemId', 'title', 'docNumber', 'indexNumber', 'summary', 'formedOn', 'publishedOn', 'channels', 'publicFileIds'];
const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** 登记 / 修改 a publication: the catalogue item, dates, channels, the proof and which files the public may download. */
export function PublicationFormModal({
  publication,
  catalog,
  isOpen,
  onClose,
}: {
  publication: PublicationDetail | null;
  catalog: CatalogItem[];
  isOpen: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const channels = useChannels();
  const files = Form.useWatch('files', form) ?? [];
  const save = useMutation({
    meta: { silent: true },
    mutationFn: (v: Values): Promise<unknown> => {
      const attached = (v.files ?? []).map((f) => f.id);
      const common: BodyInput<typeof pdApi.createPublication> = {
        catalogItemId: v.catalogItemId,
        title: v.title.trim(),
        docNumber: trimmed(v.docNumber),
        indexNumber: trimmed(v.indexNumber),
        summary: trimmed(v.summary),
        formedOn: v.formedOn.format('YYYY-MM-DD'),
        publishedOn: v.publishedOn ? v.publishedOn.format('YYYY-MM-DD') : null,
        channels: v.channels ?? [],
        attachmentIds: attached,
        publicFileIds: (v.publicFileIds ?? []).filter((id) => attached.includes(id)),
      };
      if (publication)
        return call(pdApi.updatePublication, { params: { id: publication.id }, body: { ...common, version: publication.version } });
      return call(pdApi.createPublication, { body: common });
    },
    onSuccess: async () => {
      notifySuccess(publication ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: pdKeys.all });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { fields: FIELDS, paths: { attachmentIds: 'files' } }),
  });
  const isEn = i18n.language === 'en';
  const initialValues: Partial<Values> = publication
    ? {
        catalogItemId: publication.catalogItemId,
        title: publication.title,
        docNumber: publication.docNumber ?? '',
        indexNumber: publication.indexNumber ?? '',
        summary: publication.summary ?? '',
        formedOn: dayjs(publication.formedOn),
        publishedOn: publication.publishedOn ? dayjs(publication.publishedOn) : null,
        channels: publication.channels,
        files: publication.files,
        publicFileIds: publication.publicFileIds,
      }
    : { channels: [], files: [], publicFileIds: [] };

  return (
    <FormModal<Values>
      open={isOpen}
      title={publication ? t('proactiveDisclosure.pub.editTitle') : t('proactiveDisclosure.pub.createTitle')}
      form={form}
      width={760}
      initialValues={initialValues}
      isSubmitting={save.isPending}
      onCancel={onClose}
      onSubmit={(v) => save.mutate(v)}
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="catalogItemId"
            label={t('proactiveDisclosure.pub.catalogItem')}
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('proactiveDisclosure.pub.catalogItem') }) }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={catalog.map((c) => ({
                value: c.id,
                label: `${isEn && c.titleEn ? c.titleEn : c.titleZh}（${t('proactiveDisclosure.catalog.days', { n: c.timeLimitDays })}）`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="title"
            label={t('proactiveDisclosure.pub.infoTitle')}
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('proactiveDisclosure.pub.infoTitle') }) }]}
          >
            <Input maxLength={maxLengthOf(ZPublicationInput, 'title')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="docNumber" label={t('proactiveDisclosure.pub.docNumber')}>
            <Input maxLength={maxLengthOf(ZPublicationInput, 'docNumber')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="indexNumber" label={t('proactiveDisclosure.pub.indexNumber')}>
            <Input maxLength={maxLengthOf(ZPublicationInput, 'indexNumber')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="summary" label={t('proactiveDisclosure.pub.summary')}>
            <Input.TextArea maxLength={maxLengthOf(ZPublicationInput, 'summary')} rows={2} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="formedOn"
            label={t('proactiveDisclosure.pub.formedOn')}
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('proactiveDisclosure.pub.formedOn') }) }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="publishedOn"
            label={t('proactiveDisclosure.pub.publishedOn')}
            extra={t('proactiveDisclosure.pub.publishedOnHint')}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="channels" label={t('proactiveDisclosure.pub.channels')}>
            <Checkbox.Group
              options={(channels.data ?? []).filter((c) => c.isActive).map((c) => ({ value: c.code, label: isEn ? c.labelEn : c.labelZh }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="files" label={t('proactiveDisclosure.pub.attachments')}>
            <AttachmentField />
          </Form.Item>
        </Col>
        {files.length > 0 ? (
          <Col span={24}>
            <Form.Item
              name="publicFileIds"
              label={t('proactiveDisclosure.pub.publicFiles')}
              extra={t('proactiveDisclosure.pub.publicFilesHint')}
            >
              <Checkbox.Group options={files.map((f) => ({ value: f.id, label: f.originalName }))} />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
    </FormModal>
  );
}
