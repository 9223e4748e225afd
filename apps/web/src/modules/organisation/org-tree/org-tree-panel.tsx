import type { Org } from '@yifa/domain/organisation';
import { Empty, Tree, type TreeDataNode, type TreeProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgKindTag } from '../shared/org-labels.tsx';
import { buildOrgTree, isValidMoveTarget, type OrgTreeNode } from '../shared/org-tree-model.ts';
import { SearchInput } from '../../../components/search-input.tsx';

export interface OrgTreePanelProps {
  orgs: Org[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Drag-and-drop moves, when the caller may edit the tree. */
  onDropMove?: (org: Org, newParent: Org) => void;
}

function matches(org: Org, text: string): boolean {
  return org.name.includes(text) || (org.divisionCode ?? '').startsWith(text);
}

/** The tree itself: search, keyboard navigation (antd Tree), and drag-and-drop to a new parent. */
export function OrgTreePanel({ orgs, selectedId, onSelect, onDropMove }: OrgTreePanelProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const roots = useMemo(() => buildOrgTree(orgs), [orgs]);
  const byId = useMemo(() => new Map(orgs.map((o) => [o.id, o])), [orgs]);
  const [expandedKeys, setExpandedKeys] = useState<string[]>(() =>
    roots.flatMap((r) => [r.key, ...r.children.filter((c) => c.org.kind === 'township').map((c) => c.key)]),
  );

  const text = filter.trim();
  const treeData = useMemo(() => {
    const toNode = (node: OrgTreeNode): TreeDataNode | null => {
      const children = node.children.map(toNode).filter((n): n is TreeDataNode => n !== null);
      if (text && !matches(node.org, text) && children.length === 0) return null;
      return {
        key: node.key,
        title: (
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
            <span style={text && matches(node.org, text) ? { background: '#fff1b8' } : undefined}>{node.org.name}</span>
            <OrgKindTag kind={node.org.kind} />
          </span>
        ),
        children,
        isLeaf: children.length === 0,
      };
    };
    return roots.map(toNode).filter((n): n is TreeDataNode => n !== null);
  }, [roots, text]);

  const allKeys = useMemo(() => orgs.map((o) => o.id), [orgs]);

  const allowDrop: TreeProps['allowDrop'] = ({ dragNode, dropNode, dropPosition }) => {
    const moving = byId.get(String(dragNode.key));
    // Dropping on a node (position 0) makes it the parent; between nodes, their parent is.
    const targetId = dropPosition === 0 ? String(dropNode.key) : byId.get(String(dropNode.key))?.parentId;
    const target = targetId ? byId.get(targetId) : undefined;
    return !!moving && !!target && isValidMoveTarget(orgs, moving, target);
  };

  const onDrop: TreeProps['onDrop'] = (info) => {
    const moving = byId.get(String(info.dragNode.key));
    const dropOrg = byId.get(String(info.node.key));
    const target = info.dropToGap ? (dropOrg?.parentId ? byId.get(dropOrg.parentId) : undefined) : dropOrg;
    if (moving && target && isValidMoveTarget(orgs, moving, target)) onDropMove?.(moving, target);
  };

  return (
    <div>
      <SearchInput
        placeholder={t('org.tree.searchPlaceholder')}
        allowClear
        onChange={(e) => setFilter(e.target.value)}
        style={{ marginBottom: 8 }}
        aria-label={t('org.tree.searchPlaceholder')}
      />
      {treeData.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.tree.empty')} />
      ) : (
        <Tree
          treeData={treeData}
          blockNode
          showLine={{ showLeafIcon: false }}
          expandedKeys={text ? allKeys : expandedKeys}
          onExpand={(keys) => setExpandedKeys(keys.map(String))}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => onSelect(keys.length ? String(keys[0]) : null)}
          {...(onDropMove
            ? {
                draggable: {
                  icon: false,
                  nodeDraggable: (node: TreeDataNode) => {
                    const org = byId.get(String(node.key));
                    return !!org && org.abilities.move;
                  },
                },
                allowDrop,
                onDrop,
              }
            : {})}
          aria-label={t('org.tree.title')}
          style={{ maxHeight: 'calc(100vh - 230px)', overflow: 'auto' }}
        />
      )}
    </div>
  );
}
