import { isValidIdNumber, isValidPhone } from '@yifa/domain';
import {
  organisationApi,
  ZPersonInput,
  type Org,
  type Person,
  type PersonInput,
  type UpdatePersonRequest,
} from '@yifa/domain/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Col, DatePicker, Form, Input, Row, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/call.ts';
import { maxLengthOf } from '../../../components/contract-limits.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { reportFormError } from '../../../app/report-form-error.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgTreeSelect } from '../shared/org-tree-select.tsx';
// law-study: a cadre's hours this year against the target (shown when editing; needs law-study:session:read).
import { PersonStudyHours } from '../../law-study/index.ts';

interface Values {
  orgId: string;
  name: string;
  post?: string;
  isLeader?: boolean;
  isCivilServant?: boolean;
  phone?: string;
  idNumber?: string;
  joinedOn?: Dayjs | null;
  leftOn?: Dayjs | null;
}

const FIELDS = ['orgId', 'name', 'post', 'isLeader', 'isCivilServant', 'phone', 'idNumber', 'joinedOn', 'leftOn'];

const toDate = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * New or edited cadre. Phone and ID number are checked here as on the server (GB 11643 check digit);
 * when editing, the stored values are shown masked and an empty field leaves them unchanged.
 */
export function PersonFormModal({
  person,
  isOpen,
  orgs,
  defaultOrgId,
  onClose,
}: {
  person: Person | null;
  isOpen: boolean;
  orgs: Org[];
  defaultOrgId?: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    meta: { silent: true },
    mutationFn: async (values: Values): Promise<unknown> => {
      const common = {
        orgId: values.orgId,
        name: values.name.trim(),
        post: trimmed(values.post),
        isLeader: !!values.isLeader,
        isCivilServant: !!values.isCivilServant,
        joinedOn: toDate(values.joinedOn),
        leftOn: toDate(values.leftOn),
      };
      const phone = trimmed(values.phone);
      const idNumber = trimmed(values.idNumber)?.toUpperCase() ?? null;
      if (person) {
        const body: UpdatePersonRequest = {
          ...common,
          ...(phone ? { phone } : {}),
          ...(idNumber ? { idNumber } : {}),
          version: person.version,
        };
        return call(organisationApi.updatePerson, { params: { id: person.id }, body });
      }
      const body: PersonInput = { ...common, phone, idNumber };
      return call(organisationApi.createPerson, { body });
    },
    onSuccess: async () => {
      notifySuccess(person ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      onClose();
    },
    onError: (error) => reportFormError(form, error, { fields: FIELDS }),
  });

  const initialValues: Partial<Values> = person
    ? {
        orgId: person.orgId,
        name: person.name,
        post: person.post ?? '',
        isLeader: person.isLeader,
        isCivilServant: person.isCivilServant,
        joinedOn: person.joinedOn ? dayjs(person.joinedOn) : null,
        leftOn: person.leftOn ? dayjs(person.leftOn) : null,
      }
    : { isLeader: false, isCivilServant: true, ...(defaultOrgId ? { orgId: defaultOrgId } : {}) };

  return (
    <FormModal<Values>
      open={isOpen}
      title={person ? t('person.editTitle') : t('person.createTitle')}
      form={form}
      width={680}
      initialValues={initialValues}
      isSubmitting={save.isPending}
      onCancel={onClose}
      onSubmit={(values) => save.mutate(values)}
    >
      {person ? <PersonStudyHours personId={person.id} /> : null /* law-study */}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="name"
            label={t('person.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('person.name') }) }]}
          >
            <Input maxLength={maxLengthOf(ZPersonInput, 'name')} autoFocus />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="orgId"
            label={t('person.org')}
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('person.org') }) }]}
          >
            <OrgTreeSelect orgs={orgs} isSelectable={(o) => o.kind !== 'county'} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="post" label={t('person.post')}>
            <Input maxLength={maxLengthOf(ZPersonInput, 'post')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="phone"
            label={t('person.phone')}
            {...(person?.phone ? { extra: t('person.maskedKeep', { value: person.phone }) } : {})}
            rules={[
              {
                validator: async (_, value: string | undefined) => {
                  if (value?.trim() && !isValidPhone(value.trim())) throw new Error(t('person.phoneInvalid'));
                },
              },
            ]}
          >
            <Input maxLength={20} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="idNumber"
            label={t('person.idNumber')}
            {...(person?.idNumber ? { extra: t('person.maskedKeep', { value: person.idNumber }) } : {})}
            rules={[
              {
                validator: async (_, value: string | undefined) => {
                  if (value?.trim() && !isValidIdNumber(value.trim().toUpperCase())) throw new Error(t('person.idNumberInvalid'));
                },
              },
            ]}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="joinedOn" label={t('person.joinedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="leftOn" label={t('person.leftOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="isLeader" label={t('person.isLeader')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="isCivilServant" label={t('person.isCivilServant')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
