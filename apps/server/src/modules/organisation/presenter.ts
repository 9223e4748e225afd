import { maskIdNumber, maskPhone } from '@yifa/domain';
import { type Org, type Person, type Role, type User } from '@yifa/domain/organisation';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import type { Secrets } from '../../platform/crypto/secrets.ts';
import { orgPolicy, personPolicy, rolePolicy, userPolicy } from './policy.ts';
import type { OrgRow, PersonListRow, PersonRow, RoleRow, UserListRow, UserRoleRef, UserRow } from './repository.ts';

/** Row → response: nothing leaves the server that the presenter did not choose. */
export function presentOrg(auth: AuthContext, row: OrgRow): Org {
  return { ...orgAuditView(row), abilities: orgPolicy.abilities(auth, row) };
}

/** What the audit log keeps of a node (no abilities: they are the reader's, not the record's). */
export function orgAuditView(row: OrgRow): Omit<Org, 'abilities'> {
  return {
    id: row.id,
    townshipId: row.townshipId,
    parentId: row.parentId,
    kind: row.kind as Org['kind'],
    name: row.name,
    divisionCode: row.divisionCode,
    sortOrder: row.sortOrder,
    isDemo: row.isDemo,
    version: row.version,
  };
}

/**
 * Personal data is masked from the stored masked copy; it is decrypted only when `unmasked`
 * is asked for by a caller holding org:person:view-personal (and that view is audited by the use case).
 */
export function presentPerson(
  auth: AuthContext,
  row: { person: PersonListRow & Partial<Pick<PersonRow, 'phoneEnc' | 'idNumberEnc'>>; orgName: string | null; hasUser: boolean },
  secrets: Secrets | null,
): Person {
  const p = row.person;
  const reveal = (enc: string | null) => (secrets && enc ? secrets.decrypt(enc) : null);
  return {
    id: p.id,
    townshipId: p.townshipId,
    orgId: p.orgId,
    orgName: row.orgName,
    name: p.name,
    post: p.post,
    isLeader: p.isLeader,
    isCivilServant: p.isCivilServant,
    phone: secrets ? reveal(p.phoneEnc ?? null) : p.phoneMasked,
    idNumber: secrets ? reveal(p.idNumberEnc ?? null) : p.idNumberMasked,
    isMasked: !secrets,
    joinedOn: p.joinedOn,
    leftOn: p.leftOn,
    hasUser: row.hasUser,
    version: p.version,
    abilities: personPolicy.abilities(auth, p),
  };
}

export function sealPersonal(secrets: Secrets, input: { phone?: string | null | undefined; idNumber?: string | null | undefined }) {
  const out: Partial<Pick<PersonRow, 'phoneEnc' | 'phoneMasked' | 'idNumberEnc' | 'idNumberMasked' | 'idNumberHash'>> = {};
  if (input.phone !== undefined) {
    out.phoneEnc = input.phone ? secrets.encrypt(input.phone) : null;
    out.phoneMasked = input.phone ? maskPhone(input.phone) : null;
  }
  if (input.idNumber !== undefined) {
    out.idNumberEnc = input.idNumber ? secrets.encrypt(input.idNumber) : null;
    out.idNumberMasked = input.idNumber ? maskIdNumber(input.idNumber) : null;
    out.idNumberHash = input.idNumber ? secrets.fingerprint(input.idNumber) : null;
  }
  return out;
}

export function presentUser(auth: AuthContext, row: { user: UserListRow; orgName: string | null; roles: UserRoleRef[] }): User {
  const u = row.user;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    townshipId: u.townshipId,
    orgId: u.orgId,
    orgName: row.orgName,
    personId: u.personId,
    roles: row.roles.map(({ id, code, name }) => ({ id, code, name })),
    isActive: u.isActive,
    isLocked: !!u.lockedUntil && u.lockedUntil > new Date(),
    isTotpEnabled: u.isTotpEnabled,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    version: u.version,
    abilities: userPolicy.abilities(auth, u),
  };
}

export function presentRole(auth: AuthContext, row: { role: RoleRow; userCount: number }): Role {
  const r = row.role;
  return {
    id: r.id,
    townshipId: r.townshipId,
    code: r.code,
    name: r.name,
    nameEn: r.nameEn,
    isBuiltin: r.isBuiltin,
    dataScope: r.dataScope,
    permissions: r.permissions,
    userCount: Number(row.userCount),
    version: r.version,
    abilities: rolePolicy.abilities(auth, r),
  };
}

/** What the audit log keeps of a person: never the clear personal data (redact() hides the rest). */
export function personAuditView(p: PersonRow) {
  return {
    name: p.name,
    orgId: p.orgId,
    post: p.post,
    isLeader: p.isLeader,
    isCivilServant: p.isCivilServant,
    phone: p.phoneMasked,
    idNumber: p.idNumberMasked,
    joinedOn: p.joinedOn,
    leftOn: p.leftOn,
  };
}

/** What the audit log keeps of a role. */
export const roleAuditView = (r: RoleRow) => ({ code: r.code, name: r.name, dataScope: r.dataScope, permissions: r.permissions });

/** What the audit log keeps of an account (never the password hash). */
export const userAuditView = (u: UserRow, roleIds: string[]) => ({
  username: u.username,
  displayName: u.displayName,
  orgId: u.orgId,
  personId: u.personId,
  isActive: u.isActive,
  roleIds,
});
