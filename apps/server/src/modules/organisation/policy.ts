import { canHoldChildren, type OrgKind } from '@yifa/domain/organisation';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { definePolicy, has } from '../../platform/policy/index.ts';
import { canWriteTownship, isInScope } from '../../platform/scope/data-scope.ts';
import type { OrgRow, PersonRow, RoleRow, UserRow } from './repository.ts';

/**
 * Who may do what to the org tree, cadres, accounts and roles, declared once. The route checked its
 * permission; the abilities repeat it (so they are exactly the buttons the web may draw) and add the
 * record-level rule. Records are read through the scoped repository, so `visible` restates that scope.
 */

const isTownshipLevel = (org: Pick<OrgRow, 'kind'>) => org.kind === 'county' || org.kind === 'township';

/** A township the caller may write in (never a county reviewer's read-only scope). */
const writesIn = (auth: AuthContext, townshipId: string | null) => !!townshipId && canWriteTownship(auth.scope, townshipId);

/** An office clerk or village secretary (a scope limited to some orgs) writes only in those orgs. */
const writesInOrg = (auth: AuthContext, org: Pick<OrgRow, 'id' | 'kind' | 'townshipId'>) =>
  org.kind !== 'county' && writesIn(auth, org.townshipId) && (auth.scope.orgIds === null || auth.scope.orgIds.includes(org.id));

/**
 * The org tree is not personal data: a township's members see its whole tree (pickers need it), a
 * county reviewer the trees of its townships and its county node. Only the system administrator
 * changes township and county nodes (they come from the division codes); offices, villages and
 * communities are changed inside a township one may write in.
 */
export type OrgAbility = 'addChild' | 'update' | 'move' | 'delete';
export const orgPolicy = definePolicy<OrgRow, OrgAbility>({
  visible: (auth, org) =>
    auth.scope.townshipIds === 'all' ||
    (org.townshipId ? auth.scope.townshipIds.includes(org.townshipId) : org.kind === 'county' && auth.scope.kind === 'countyRead'),
  abilities: (auth, org) => {
    const mayWrite = has(auth, 'org:org:write') && writesIn(auth, org.townshipId);
    const changes = isTownshipLevel(org) ? has(auth, 'org:org:write') && auth.scope.kind === 'all' : mayWrite;
    return {
      addChild: mayWrite && canHoldChildren(org.kind as OrgKind),
      update: changes,
      move: mayWrite && !isTownshipLevel(org),
      delete: mayWrite && !isTownshipLevel(org),
    };
  },
});

/** Cadres: read in the data scope; written (and placed) only in an org one writes in. */
export type PersonAbility = 'update' | 'delete' | 'viewPersonal';
export const personPolicy = definePolicy<Pick<PersonRow, 'townshipId' | 'orgId'> & { createdBy?: string | null }, PersonAbility>({
  abilities: (auth, person) => {
    const mayWrite =
      has(auth, 'org:person:write') && writesInOrg(auth, { id: person.orgId, kind: 'department', townshipId: person.townshipId });
    // 个人信息保护法 Art. 51: access to personal data on a need-to-know basis; the view is audited (view-person.ts).
    return { update: mayWrite, delete: mayWrite, viewPersonal: has(auth, 'org:person:view-personal') };
  },
});

/**
 * Accounts: the system administrator manages every account; a township administrator those of its
 * township (a county reviewer's account sits on the county node, so only the system administrator
 * manages it). Nobody deactivates or deletes their own account: the last administrator would lock
 * the township out.
 */
export type UserAbility = 'update' | 'deactivate' | 'resetPassword' | 'delete';
export const userPolicy = definePolicy<Pick<UserRow, 'id' | 'townshipId' | 'orgId' | 'createdBy'>, UserAbility>({
  visible: (auth, user) => auth.scope.townshipIds === 'all' || isInScope(auth.scope, user),
  abilities: (auth, user) => {
    const manages =
      has(auth, 'org:user:write') &&
      (auth.scope.kind === 'all' ||
        (!!user.orgId && writesInOrg(auth, { id: user.orgId, kind: 'department', townshipId: user.townshipId })));
    const isSelf = user.id === auth.user.id;
    return { update: manages, deactivate: manages && !isSelf, resetPassword: manages, delete: manages && !isSelf };
  },
});

/** Built-in roles are everyone's and read-only; a custom role belongs to one township and is changed there. */
export type RoleAbility = 'update' | 'delete';
export const rolePolicy = definePolicy<Pick<RoleRow, 'townshipId' | 'isBuiltin'>, RoleAbility>({
  visible: (auth, role) => role.townshipId === null || auth.scope.townshipIds === 'all' || auth.scope.townshipIds.includes(role.townshipId),
  abilities: (auth, role) => {
    const mayWrite = has(auth, 'org:role:write') && !role.isBuiltin && writesIn(auth, role.townshipId);
    return { update: mayWrite, delete: mayWrite };
  },
});
