import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Confirms publication; asks for the rule-5 explanation when the carry-over differs from last year's report. */
export function PublishModal({
  year,
  open,
  needsCrossYear,
  busy,
  onCancel,
  onPublish,
}: {
  year: number;
  open: boolean;
  needsCrossYear: boolean;
  busy: boolean;
  onCancel: () => void;
  onPublish: (crossYearExplanation?: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ crossYearExplanation?: string }>();
  return (
    <Modal
      open={open}
      title={t('disclosureReport.publishTitle', { year })}
      okText={t('disclosureReport.publish')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('disclosureReport.publishBody')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => onPublish(needsCrossYear ? v.crossYearExplanation?.trim() : undefined)}>
        {needsCrossYear && (
          <>
            <Alert type="warning" showIcon title={t('disclosureReport.crossYearHint')} style={{ marginBottom: 12 }} />
            <Form.Item name="crossYearExplanation" label={t('disclosureReport.crossYear')} rules={[{ required: true, min: 10 }]}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
