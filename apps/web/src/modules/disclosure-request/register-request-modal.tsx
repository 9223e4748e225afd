import { isValidIdNumber, isValidPhone } from '@yifa/domain';
import { APPLICANT_KINDS, RECEIPT_CHANNELS, type ApplicantKind, type ReceiptChannel } from '@yifa/domain/disclosure-request';
import {
  DELIVERY_METHODS,
  INFORMATION_FORMS,
  isValidCreditCode,
  disclosureRequestApi,
  ZApplicantInput,
  type DeliveryMethod,
  type InformationForm,
} from '@yifa/domain/disclosure-request';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/call.ts';
import { notifySuccess } from '../../app/notifier.ts';
import { reportFormError } from '../../app/report-form-error.ts';
import { maxLengthOf } from '../../components/contract-limits.ts';
import { FormModal } from '../../components/form-modal.tsx';
import type { TranslationKey } from '../../i18n/keys.ts';
import { pickLabel } from '../../i18n/labels.ts';
import { REQUESTS_KEY } from './api.ts';
import { chinaToday } from '../../app/china-today.ts';

interface Values {
  channel: ReceiptChannel;
  arrivedOn: Dayjs;
  confirmedOn?: Dayjs | null;
  applicantKind: ApplicantKind;
  applicantName: string;
  idNumber?: string;
  creditCode?: string;
  contactPerson?: string;
  phone?: string;
  address?: string;
  email?: string;
  description: string;
  forms: InformationForm[];
  deliveryMethod: DeliveryMethod;
}

/** The applicant's fields' lengths, as the contract the server validates with sets them. */
const max = (field: string) => maxLengthOf(ZApplicantInput, field);

const options = (entries: Record<string, { zh: string; en: string }>, lang: string) =>
  Object.entries(entries).map(([value, l]) => ({ value, label: pickLabel(l, lang) }));
const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** 登记申请: what 条例第二十九条 requires, and the channel with its receipt rule (第三十一条). */
export function RegisterRequestModal({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const kind = Form.useWatch('applicantKind', form);
  const channel = Form.useWatch('channel', form);
  const needsConfirmation = channel === 'ordinaryMail' || channel === 'online' || channel === 'fax';
  const save = useMutation({
    mutationFn: (v: Values) =>
      call(disclosureRequestApi.register, {
        body: {
          channel: v.channel,
          arrivedOn: v.arrivedOn.format('YYYY-MM-DD'),
          confirmedOn: needsConfirmation && v.confirmedOn ? v.confirmedOn.format('YYYY-MM-DD') : null,
          applicant: {
            applicantKind: v.applicantKind,
            applicantName: v.applicantName.trim(),
            idNumber: v.applicantKind === 'natural' ? trimmed(v.idNumber) : null,
            creditCode: v.applicantKind === 'natural' ? null : trimmed(v.creditCode),
            contactPerson: trimmed(v.contactPerson),
            phone: trimmed(v.phone),
            address: trimmed(v.address),
            email: trimmed(v.email),
            description: v.description.trim(),
            forms: v.forms,
            deliveryMethod: v.deliveryMethod,
          },
        },
      }),
    meta: { silent: true },
    onSuccess: async (created) => {
      notifySuccess(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: REQUESTS_KEY });
      onClose();
      void navigate(`/disclosure-requests/${created.id}`);
    },
    onError: (e) => reportFormError(form, e, { paths: { applicant: '' } }),
  });
  const L = (k: TranslationKey): string => t(k);
  return (
    <FormModal<Values>
      open={isOpen}
      title={t('disclosureRequest.register')}
      form={form}
      onSubmit={(v) => save.mutate(v)}
      onCancel={onClose}
      isSubmitting={save.isPending}
      width={760}
      initialValues={{ channel: 'inPerson', arrivedOn: chinaToday(), applicantKind: 'natural', forms: ['paper'], deliveryMethod: 'pickUp' }}
    >
      <Alert type="info" showIcon title={t('disclosureRequest.registerHint')} style={{ marginBottom: 12 }} />
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="channel" label={L('disclosureRequest.channel')} rules={[{ required: true }]}>
            <Select options={options(RECEIPT_CHANNELS, i18n.language)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="arrivedOn"
            label={L('disclosureRequest.arrivedOn')}
            rules={[{ required: true, message: t('common.required', { field: L('disclosureRequest.arrivedOn') }) }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {needsConfirmation ? (
          <Col span={8}>
            <Form.Item name="confirmedOn" label={L('disclosureRequest.confirmedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="applicantKind" label={L('disclosureRequest.applicantKind')} rules={[{ required: true }]}>
            <Select options={options(APPLICANT_KINDS, i18n.language)} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="applicantName"
            label={L('disclosureRequest.applicant')}
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: L('disclosureRequest.applicant') }) }]}
          >
            <Input maxLength={max('applicantName')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {kind === 'natural' ? (
          <Col span={12}>
            <Form.Item
              name="idNumber"
              label={L('disclosureRequest.idNumber')}
              rules={[
                { required: true, message: t('common.required', { field: L('disclosureRequest.idNumber') }) },
                {
                  validator: async (_, v?: string) => {
                    if (v && !isValidIdNumber(v.trim().toUpperCase())) throw new Error(L('person.idNumberInvalid'));
                  },
                },
              ]}
            >
              <Input maxLength={max('idNumber')} />
            </Form.Item>
          </Col>
        ) : (
          <>
            <Col span={12}>
              <Form.Item
                name="creditCode"
                label={L('disclosureRequest.creditCode')}
                rules={[
                  { required: true, message: t('common.required', { field: L('disclosureRequest.creditCode') }) },
                  {
                    validator: async (_, v?: string) => {
                      if (v && !isValidCreditCode(v.trim().toUpperCase())) throw new Error(L('disclosureRequest.creditCodeInvalid'));
                    },
                  },
                ]}
              >
                <Input maxLength={max('creditCode')} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="contactPerson" label={L('disclosureRequest.contactPerson')}>
                <Input maxLength={max('contactPerson')} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col span={12}>
          <Form.Item
            name="phone"
            label={L('disclosureRequest.phone')}
            rules={[
              {
                validator: async (_, v?: string) => {
                  if (v?.trim() && !isValidPhone(v.trim())) throw new Error(L('person.phoneInvalid'));
                },
              },
            ]}
          >
            <Input maxLength={max('phone')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="email" label={L('disclosureRequest.email')}>
            <Input maxLength={max('email')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label={L('disclosureRequest.address')}>
            <Input maxLength={max('address')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="description"
        label={L('disclosureRequest.description')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: L('disclosureRequest.description') }) }]}
      >
        <Input.TextArea rows={3} maxLength={max('description')} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item name="forms" label={L('disclosureRequest.forms')} rules={[{ required: true }]}>
            <Checkbox.Group options={options(INFORMATION_FORMS, i18n.language)} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="deliveryMethod" label={L('disclosureRequest.deliveryMethod')} rules={[{ required: true }]}>
            <Select options={options(DELIVERY_METHODS, i18n.language)} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
