import { canHoldChildren as canHoldChildrenKind, isValidMoveTarget as isValidMoveTargetRule, type Org } from '@yifa/domain/organisation';

export interface OrgTreeNode {
  key: string;
  org: Org;
  children: OrgTreeNode[];
}

const KIND_ORDER: Record<Org['kind'], number> = { county: 0, township: 1, department: 2, village: 3, community: 4 };

function compareOrgs(a: Org, b: Org): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN');
}

/**
 * The flat list of GET /api/orgs as a tree. A node whose parent is not in the list (the caller's
 * township, or a county for a county reviewer) is a root. Offices come before villages and
 * communities, then by sort order and name.
 */
export function buildOrgTree(orgs: Org[]): OrgTreeNode[] {
  const byId = new Map<string, OrgTreeNode>();
  for (const org of orgs) byId.set(org.id, { key: org.id, org, children: [] });
  const roots: OrgTreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.org.parentId ? byId.get(node.org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (nodes: OrgTreeNode[]) => {
    nodes.sort((a, b) => compareOrgs(a.org, b.org));
    for (const n of nodes) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** The org and everything below it. */
export function subtreeIds(orgs: Org[], id: string): Set<string> {
  const ids = new Set([id]);
  let isGrowing = true;
  while (isGrowing) {
    isGrowing = false;
    for (const org of orgs) {
      if (org.parentId && ids.has(org.parentId) && !ids.has(org.id)) {
        ids.add(org.id);
        isGrowing = true;
      }
    }
  }
  return ids;
}

/** Can these orgs hold children (offices, villages)? Only a township or an office of it. */
/** Offices hang under the township or an office (the domain's rule). */
export function canHoldChildren(org: Org): boolean {
  return canHoldChildrenKind(org.kind);
}

/** Where a node may be dropped: the domain's move rule (the server refuses with the same), and not where it already is. */
export function isValidMoveTarget(orgs: Org[], moving: Org, target: Org): boolean {
  if (target.id === moving.parentId) return false;
  return isValidMoveTargetRule(moving, target, subtreeIds(orgs, moving.id).has(target.id));
}

export function findOrg(orgs: Org[] | undefined, id: string | null | undefined): Org | undefined {
  return id ? orgs?.find((o) => o.id === id) : undefined;
}
