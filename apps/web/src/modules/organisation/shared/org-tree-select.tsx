import type { Org } from '@yifa/domain/organisation';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { buildOrgTree, type OrgTreeNode } from './org-tree-model.ts';

interface Option {
  value: string;
  title: string;
  disabled?: boolean;
  children: Option[];
}

/** Chooses an org from the caller's tree; `isSelectable` greys out the ones that do not fit. */
export function OrgTreeSelect({
  orgs,
  isSelectable,
  ...props
}: { orgs: Org[] | undefined; isSelectable?: (org: Org) => boolean } & Omit<TreeSelectProps<string>, 'treeData'>) {
  const treeData = useMemo(() => {
    const toOption = (node: OrgTreeNode): Option => ({
      value: node.org.id,
      title: node.org.name,
      ...(isSelectable && !isSelectable(node.org) ? { disabled: true } : {}),
      children: node.children.map(toOption),
    });
    return buildOrgTree(orgs ?? []).map(toOption);
  }, [orgs, isSelectable]);
  return (
    <TreeSelect<string>
      treeData={treeData}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll={false}
      treeDefaultExpandedKeys={treeData.map((o) => o.value)}
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}
