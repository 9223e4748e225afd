import { ApartmentOutlined, DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Org } from '@yifa/domain/organisation';
import { App, Button, Descriptions, Dropdown, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notifier.ts';
import { OrgKindTag } from '../shared/org-labels.tsx';
import { findOrg } from '../shared/org-tree-model.ts';
import type { OrgFormTarget } from './org-form-modal.tsx';
import { useOrgMutations } from './use-org-mutations.ts';

export interface OrgDetailsProps {
  org: Org;
  orgs: Org[];
  onEdit: (target: OrgFormTarget) => void;
  onMove: (org: Org) => void;
  onDeleted: () => void;
}

/** One node: its fields and what the caller may do to it. */
export function OrgDetails({ org, orgs, onEdit, onMove, onDeleted }: OrgDetailsProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { remove } = useOrgMutations();
  const parent = findOrg(orgs, org.parentId);
  // The buttons are the server's abilities for this node (organisation/policy.ts), never re-derived here.
  const can = org.abilities;

  const confirmDelete = () => {
    modal.confirm({
      title: t('common.confirmDelete', { name: org.name }),
      content: t('common.confirmDeleteHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        new Promise<void>((resolve) => {
          remove.mutate(org, {
            onSuccess: () => {
              notifySuccess(t('common.deleted'));
              onDeleted();
            },
            onSettled: () => resolve(),
          });
        }),
    });
  };

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {org.name}
        </Typography.Title>
        <OrgKindTag kind={org.kind} />
        {org.isDemo ? <Tag color="orange">{t('org.tree.demo')}</Tag> : null}
      </Space>
      <Descriptions size="small" column={1} bordered styles={{ label: { width: 140 } }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('org.tree.kind')}>{t(`org.kind.${org.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('org.tree.parent')}>{parent?.name ?? t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('org.tree.divisionCode')}>{org.divisionCode ?? t('common.notSet')}</Descriptions.Item>
        <Descriptions.Item label={t('org.tree.sortOrder')}>{org.sortOrder}</Descriptions.Item>
      </Descriptions>
      {can.addChild || can.update || can.move || can.delete ? (
        <Space wrap>
          {can.addChild ? (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'department', icon: <ApartmentOutlined />, label: t('org.tree.addDepartment') },
                  { key: 'village', label: t('org.tree.addVillage') },
                  { key: 'community', label: t('org.tree.addCommunity') },
                ],
                onClick: ({ key }) => onEdit({ mode: 'create', parent: org, kind: key as 'department' | 'village' | 'community' }),
              }}
            >
              <Button type="primary" icon={<PlusOutlined />}>
                {t('org.tree.addChild')}
              </Button>
            </Dropdown>
          ) : null}
          {can.update ? (
            <Button icon={<EditOutlined />} onClick={() => onEdit({ mode: 'edit', org })}>
              {t('org.tree.rename')}
            </Button>
          ) : null}
          {can.move ? (
            <Button icon={<DragOutlined />} onClick={() => onMove(org)}>
              {t('org.tree.move')}
            </Button>
          ) : null}
          {can.delete ? (
            <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
              {t('common.delete')}
            </Button>
          ) : null}
        </Space>
      ) : null}
      {can.addChild && !can.update ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('org.tree.townshipOnlyAdmin')}
        </Typography.Paragraph>
      ) : null}
      {can.move ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 13 }}>
          {t('org.tree.dragHint')}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
