import { PlusOutlined } from '@ant-design/icons';
import type { Org } from '@yifa/domain/organisation';
import { App, Button, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../app/notifier.ts';
import { useCan } from '../../../auth/session.ts';
import { useOrgs } from '../api.ts';
import { findOrg } from '../shared/org-tree-model.ts';
import { OrgDetails } from './org-details.tsx';
import { OrgFormModal, type OrgFormTarget } from './org-form-modal.tsx';
import { OrgMoveModal } from './org-move-modal.tsx';
import { OrgTreePanel } from './org-tree-panel.tsx';
import { TownshipCreateModal } from './township-create-modal.tsx';
import { useOrgMutations } from './use-org-mutations.ts';

/** 组织机构: the caller's township tree (or townships, for a county reviewer or the system administrator). */
export default function OrgTreePage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const can = useCan();
  const orgs = useOrgs();
  const { move } = useOrgMutations();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<OrgFormTarget | null>(null);
  const [moving, setMoving] = useState<Org | null>(null);
  const [isCreatingTownship, setIsCreatingTownship] = useState(false);

  const list = orgs.data ?? [];
  const canMoveAny = list.some((o) => o.abilities.move);
  const selected = findOrg(list, selectedId) ?? null;

  const confirmDropMove = (org: Org, parent: Org) => {
    modal.confirm({
      title: t('org.tree.moveConfirm', { name: org.name, parent: parent.name }),
      okText: t('org.tree.move'),
      cancelText: t('common.cancel'),
      onOk: () =>
        new Promise<void>((resolve) => {
          move.mutate({ org, parentId: parent.id }, { onSuccess: () => notifySuccess(t('org.tree.moved')), onSettled: () => resolve() });
        }),
    });
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('org.tree.title')}
        </Typography.Title>
        {can('org:township:create') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreatingTownship(true)}>
            {t('org.township.create')}
          </Button>
        ) : null}
      </Space>
      <Row gutter={16} wrap={false}>
        <Col flex="380px" style={{ minWidth: 0 }}>
          <Card size="small" styles={{ body: { padding: 12 } }}>
            {orgs.isPending ? (
              <Skeleton active />
            ) : (
              <OrgTreePanel
                orgs={list}
                selectedId={selectedId}
                onSelect={setSelectedId}
                {...(canMoveAny ? { onDropMove: confirmDropMove } : {})}
              />
            )}
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card size="small" title={t('org.tree.details')} styles={{ body: { padding: 16 } }}>
            {selected ? (
              <OrgDetails org={selected} orgs={list} onEdit={setFormTarget} onMove={setMoving} onDeleted={() => setSelectedId(null)} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.tree.selectHint')} />
            )}
          </Card>
        </Col>
      </Row>
      <OrgFormModal target={formTarget} onClose={() => setFormTarget(null)} />
      <OrgMoveModal org={moving} orgs={list} onClose={() => setMoving(null)} />
      <TownshipCreateModal
        open={isCreatingTownship}
        onClose={() => setIsCreatingTownship(false)}
        onCreated={(org) => {
          setIsCreatingTownship(false);
          setSelectedId(org.id);
        }}
      />
    </>
  );
}
