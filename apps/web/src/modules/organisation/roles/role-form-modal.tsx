import { ASSIGNABLE_DATA_SCOPES } from '@yifa/domain';
import { organisationApi, ZRoleInput, type Role, type RoleInput } from '@yifa/domain/organisation';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/call.ts';
import { maxLengthOf } from '../../../components/contract-limits.ts';
import { notifySuccess } from '../../../app/notifier.ts';
import { reportFormError } from '../../../app/report-form-error.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { orgKeys, type PermissionEntry } from '../api.ts';
import { dataScopeLabel, roleLabel } from '../shared/role-label.ts';
import { PermissionPicker } from './permission-picker.tsx';

type Values = RoleInput;

const FIELDS = ['code', 'name', 'nameEn', 'dataScope', 'permissions'];

export type RoleDialog = { mode: 'create' } | { mode: 'edit'; role: Role } | { mode: 'view'; role: Role };

/** A custom role: code, names, data scope and permissions. Built-in roles open read-only. */
export function RoleFormModal({
  dialog,
  catalogue,
  onClose,
}: {
  dialog: RoleDialog | null;
  catalogue: PermissionEntry[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const role = dialog && dialog.mode !== 'create' ? dialog.role : null;
  const isReadOnly = dialog?.mode === 'view';
  const save = useMutation({
    meta: { silent: true },
    mutationFn: async (values: Values): Promise<unknown> => {
      const nameEn = values.nameEn?.trim() ? values.nameEn.trim() : null;
      if (role) {
        return call(organisationApi.updateRole, {
          params: { id: role.id },
          body: { name: values.name.trim(), nameEn, dataScope: values.dataScope, permissions: values.permissions, version: role.version },
        });
      }
      const code = values.code?.trim();
      const body: RoleInput = {
        ...(code ? { code } : {}),
        name: values.name.trim(),
        nameEn,
        dataScope: values.dataScope,
        permissions: values.permissions,
      };
      return call(organisationApi.createRole, { body });
    },
    onSuccess: async () => {
      notifySuccess(role ? t('common.saved') : t('common.created'));
      await queryClient.invalidateQueries({ queryKey: orgKeys.roles });
      onClose();
    },
    onError: (error) =>
      reportFormError(form, error, {
        fields: FIELDS,
        codeFields: { 'RECORD.DUPLICATE': 'code', 'ROLE.UNKNOWN_PERMISSION': 'permissions' },
      }),
  });

  const title =
    dialog?.mode === 'create'
      ? t('role.createTitle')
      : dialog?.mode === 'edit'
        ? t('role.editTitle')
        : role
          ? t('role.viewTitle', { name: roleLabel(role, i18n.language) })
          : '';
  const scopes: string[] =
    role && !(ASSIGNABLE_DATA_SCOPES as string[]).includes(role.dataScope)
      ? [...ASSIGNABLE_DATA_SCOPES, role.dataScope]
      : ASSIGNABLE_DATA_SCOPES;
  return (
    <FormModal<Values>
      open={!!dialog}
      title={title}
      form={form}
      width={820}
      isReadOnly={isReadOnly}
      isSubmitting={save.isPending}
      initialValues={
        role
          ? { code: role.code, name: role.name, nameEn: role.nameEn ?? '', dataScope: role.dataScope, permissions: role.permissions }
          : { dataScope: 'org', permissions: [] }
      }
      onCancel={onClose}
      onSubmit={(values) => save.mutate(values)}
    >
      {isReadOnly && role?.isBuiltin ? <Alert type="info" showIcon title={t('role.builtinReadonly')} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item
            name="code"
            label={t('role.code')}
            {...(role ? {} : { extra: t('role.codeHint') })}
            // Optional: without one the server gives a code; the role is known by its name.
            rules={[{ pattern: /^[a-zA-Z][a-zA-Z0-9]{1,39}$/, message: t('role.codeInvalid') }]}
          >
            <Input maxLength={40} disabled={!!role} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="name"
            label={t('role.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('role.name') }) }]}
          >
            <Input maxLength={maxLengthOf(ZRoleInput, 'name')} autoFocus={!isReadOnly} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="nameEn" label={t('role.nameEn')}>
            <Input maxLength={maxLengthOf(ZRoleInput, 'nameEn')} lang="en" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="dataScope"
            label={t('role.dataScope')}
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('role.dataScope') }) }]}
          >
            <Select
              options={scopes.map((s) => ({
                value: s,
                label: dataScopeLabel(s, i18n.language),
                disabled: !(ASSIGNABLE_DATA_SCOPES as string[]).includes(s),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="permissions"
        label={t('role.permissions')}
        rules={[{ required: true, type: 'array', min: 1, message: t('role.permissionsRequired') }]}
      >
        <PermissionPicker catalogue={catalogue} disabled={isReadOnly} />
      </Form.Item>
    </FormModal>
  );
}
