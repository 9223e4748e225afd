import type { Org } from '@yifa/domain/organisation';
import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notifier.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { OrgTreeSelect } from '../shared/org-tree-select.tsx';
import { isValidMoveTarget } from '../shared/org-tree-model.ts';
import { useOrgMutations } from './use-org-mutations.ts';

/** Moves an office, village or community under another node of its township (PATCH parentId + version). */
export function OrgMoveModal({ org, orgs, onClose }: { org: Org | null; orgs: Org[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ parentId: string }>();
  const { move } = useOrgMutations();
  return (
    <FormModal<{ parentId: string }>
      open={!!org}
      title={`${t('org.tree.move')} · ${org?.name ?? ''}`}
      form={form}
      okText={t('org.tree.move')}
      isSubmitting={move.isPending}
      onCancel={onClose}
      onSubmit={({ parentId }) => {
        if (!org) return;
        move.mutate(
          { org, parentId },
          {
            onSuccess: () => {
              notifySuccess(t('org.tree.moved'));
              onClose();
            },
          },
        );
      }}
    >
      <Typography.Paragraph type="secondary">{t('org.tree.moveHint')}</Typography.Paragraph>
      <Form.Item
        name="parentId"
        label={t('org.tree.moveTo')}
        rules={[{ required: true, message: t('common.requiredSelect', { field: t('org.tree.moveTo') }) }]}
      >
        <OrgTreeSelect orgs={orgs} isSelectable={(target) => !!org && isValidMoveTarget(orgs, org, target)} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
