import { SYSTEM_ROLE_CODES } from '@yifa/domain';
import {
  organisationApi,
  ZCreateUserRequest,
  type CreateUserRequest,
  type Org,
  type Role,
  type UpdateUserRequest,
  type User,
} from '@yifa/domain/organisation';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/call.ts';
import { maxLengthOf } from '../../../components/contract-limits.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { reportFormError } from '../../../app/report-form-error.ts';
import { useCan } from '../../../auth/session.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgTreeSelect } from '../shared/org-tree-select.tsx';
import { AdminPasswordField } from '../shared/password-field.tsx';
import { roleLabel } from '../shared/role-label.ts';

interface Values {
  username: string;
  displayName: string;
  orgId: string;
  personId?: string | null;
  roleIds: string[];
  initialPassword?: string;
  isActive?: boolean;
}

const FIELDS = ['username', 'displayName', 'orgId', 'personId', 'roleIds', 'initialPassword', 'isActive'];
const USERNAME = /^[A-Za-z0-9_.-]{3,32}$/;

/** The cadres of the chosen org, to link an account to its person. */
function usePeopleOfOrg(orgId: string | undefined) {
  return useQuery({
    queryKey: ['people', 'of-org', orgId],
    queryFn: () => call(organisationApi.listPeople, { query: { orgId, pageSize: 200 } }),
    enabled: !!orgId,
  });
}

/** New account (with roles and an initial password) or an edit of one (name, org, cadre, roles, enabled). */
export function UserFormModal({
  user,
  isOpen,
  orgs,
  roles,
  onClose,
}: {
  user: User | null;
  isOpen: boolean;
  orgs: Org[];
  roles: Role[] | undefined;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  // Roles above any township (system administrator, county reviewer) are the system administrator's to give.
  const assignableRoles = (roles ?? []).filter(
    (r) => can('org:township:create') || !SYSTEM_ROLE_CODES.includes(r.code) || user?.roles.some((x) => x.id === r.id),
  );
  const orgId = Form.useWatch('orgId', form);
  const people = usePeopleOfOrg(orgId);
  const save = useMutation({
    meta: { silent: true },
    mutationFn: async (values: Values): Promise<unknown> => {
      const personId = values.personId ?? null;
      if (user) {
        const body: UpdateUserRequest = {
          displayName: values.displayName.trim(),
          orgId: values.orgId,
          personId,
          roleIds: values.roleIds,
          isActive: values.isActive ?? true,
          version: user.version,
        };
        return call(organisationApi.updateUser, { params: { id: user.id }, body });
      }
      const body: CreateUserRequest = {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        orgId: values.orgId,
        personId,
        roleIds: values.roleIds,
        initialPassword: values.initialPassword ?? '',
      };
      return call(organisationApi.createUser, { body });
    },
    onSuccess: async () => {
      notifySuccess(user ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    onError: (error) =>
      reportFormError(form, error, {
        fields: FIELDS,
        codeFields: {
          'USER.USERNAME_TAKEN': 'username',
          'AUTH.PASSWORD_TOO_WEAK': 'initialPassword',
          'USER.CANNOT_DISABLE_SELF': 'isActive',
        },
      }),
  });

  const initialValues: Partial<Values> = user
    ? {
        username: user.username,
        displayName: user.displayName,
        orgId: user.orgId ?? undefined,
        personId: user.personId,
        roleIds: user.roles.map((r) => r.id),
        isActive: user.isActive,
      }
    : { roleIds: [] };

  const personOptions = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.post ? `${p.name} · ${p.post}` : p.name,
    disabled: p.hasUser && p.id !== user?.personId,
  }));

  return (
    <FormModal<Values>
      open={isOpen}
      title={user ? t('user.editTitle') : t('user.createTitle')}
      form={form}
      width={680}
      initialValues={initialValues}
      isSubmitting={save.isPending}
      onCancel={onClose}
      onSubmit={(values) => save.mutate(values)}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="username"
            label={t('user.username')}
            extra={user ? undefined : t('user.usernameHint')}
            rules={[
              { required: true, message: t('common.required', { field: t('user.username') }) },
              { pattern: USERNAME, message: t('user.usernameInvalid') },
            ]}
          >
            <Input maxLength={32} disabled={!!user} autoComplete="off" autoFocus={!user} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="displayName"
            label={t('user.displayName')}
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('user.displayName') }) }]}
          >
            <Input maxLength={maxLengthOf(ZCreateUserRequest, 'displayName')} autoFocus={!!user} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="orgId"
            label={t('user.org')}
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('user.org') }) }]}
          >
            <OrgTreeSelect orgs={orgs} isSelectable={(o) => o.kind !== 'county'} onChange={() => form.setFieldValue('personId', null)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="personId" label={t('user.person')} extra={t('user.personHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={personOptions}
              loading={people.isFetching}
              disabled={!orgId}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="roleIds"
            label={t('user.roles')}
            rules={[{ required: true, type: 'array', min: 1, message: t('common.requiredSelect', { field: t('user.roles') }) }]}
            {...(roles ? {} : { extra: t('user.rolesUnavailable') })}
          >
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={assignableRoles.map((r) => ({ value: r.id, label: roleLabel(r, i18n.language) }))}
            />
          </Form.Item>
        </Col>
        {user ? (
          <Col span={24}>
            <Form.Item name="isActive" label={t('user.isActive')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        ) : (
          <Col span={24}>
            <AdminPasswordField name="initialPassword" label={t('user.initialPassword')} extra={t('user.initialPasswordHint')} />
          </Col>
        )}
      </Row>
    </FormModal>
  );
}
