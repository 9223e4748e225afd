import { isPasswordAcceptable, SYSTEM_ROLE_CODES, type CreateUserRequest, type UpdateUserRequest } from '@yifa/domain';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { hashPassword } from '../../../platform/auth/password.ts';
import { sessions } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { findOrg, findPerson, findUser, type OrgRow, type UserRow } from '../repository.ts';
import { roles, userRoles, users } from '../tables.ts';

const SYSTEM_ROLES = new Set(SYSTEM_ROLE_CODES);

async function userOrg(tx: Tx, auth: AuthContext, orgId: string): Promise<OrgRow> {
  const org = await findOrg(tx, auth.scope, orgId);
  if (!org) throw new AppError('RECORD.NOT_FOUND', { invalidParams: [{ name: 'body.orgId', code: 'unknown', reason: '所属机构不存在' }] });
  if (auth.scope.kind !== 'all') {
    if (org.kind === 'county' || !org.townshipId || !(auth.scope.townshipIds as string[]).includes(org.townshipId))
      throw new AppError('RECORD.NOT_FOUND');
    if (auth.scope.orgIds !== null && !auth.scope.orgIds.includes(org.id)) throw new AppError('RECORD.NOT_FOUND');
  }
  return org;
}

/** Roles must be built-in or the township's own; a county reviewer sits on a county node, everyone else in a township. */
async function checkRoles(tx: Tx, auth: AuthContext, org: OrgRow, roleIds: string[]): Promise<void> {
  const found = await tx
    .select()
    .from(roles)
    .where(
      and(
        inArray(roles.id, roleIds),
        isNull(roles.deletedAt),
        or(isNull(roles.townshipId), org.townshipId ? eq(roles.townshipId, org.townshipId) : sql`false`),
      ),
    );
  const bad = (reason: string) =>
    new AppError('REQUEST.VALIDATION_FAILED', { invalidParams: [{ name: 'body.roleIds', code: 'invalid', reason }] });
  if (found.length !== new Set(roleIds).size) throw bad('包含不存在的角色');
  if (auth.scope.kind !== 'all' && found.some((r) => SYSTEM_ROLES.has(r.code))) throw bad('只有系统管理员可以分配该角色');
  const isCountyUser = org.kind === 'county';
  if (found.some((r) => r.code === 'countyReviewer') !== isCountyUser)
    throw bad('县级审阅人须设在区县机构下，其他角色须设在乡镇（街道）内');
}

async function checkPerson(tx: Tx, auth: AuthContext, personId: string | null | undefined, org: OrgRow): Promise<void> {
  if (!personId) return;
  const p = await findPerson(tx, auth.scope, personId);
  if (!p || p.person.townshipId !== org.townshipId)
    throw new AppError('RECORD.NOT_FOUND', { invalidParams: [{ name: 'body.personId', code: 'unknown', reason: '关联的干部不存在' }] });
}

async function passwordHashFor(ctx: AppContext, password: string, field: string): Promise<string> {
  const { security } = await ctx.settings.get();
  if (!isPasswordAcceptable(password, security)) {
    throw new AppError('AUTH.PASSWORD_TOO_WEAK', {
      invalidParams: [
        { name: field, code: 'weak', reason: `至少 ${security.passwordMinLength} 位，包含 ${security.passwordMinClasses} 类字符` },
      ],
    });
  }
  return hashPassword(password);
}

const auditView = (u: UserRow, roleIds: string[]) => ({
  username: u.username,
  displayName: u.displayName,
  orgId: u.orgId,
  personId: u.personId,
  isActive: u.isActive,
  roleIds,
});

/** Creates an account; its holder must change the initial password at first sign-in. */
export async function createUser(ctx: AppContext, auth: AuthContext, input: CreateUserRequest): Promise<string> {
  const passwordHash = await passwordHashFor(ctx, input.initialPassword, 'body.initialPassword');
  return ctx.db.transaction(async (tx) => {
    const org = await userOrg(tx, auth, input.orgId);
    await checkRoles(tx, auth, org, input.roleIds);
    await checkPerson(tx, auth, input.personId, org);
    const taken = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.username}) = lower(${input.username})`, isNull(users.deletedAt)));
    if (taken.length)
      throw new AppError('USER.USERNAME_TAKEN', { invalidParams: [{ name: 'body.username', code: 'taken', reason: '用户名已被使用' }] });
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        townshipId: org.townshipId,
        orgId: org.id,
        personId: input.personId ?? null,
        passwordHash,
        mustChangePassword: true,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await tx.insert(userRoles).values([...new Set(input.roleIds)].map((roleId) => ({ userId: row!.id, roleId })));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.user.create',
      entityType: 'user',
      entityId: row!.id,
      townshipId: row!.townshipId,
      after: auditView(row!, input.roleIds),
    });
    return row!.id;
  });
}

export async function updateUser(ctx: AppContext, auth: AuthContext, id: string, input: UpdateUserRequest): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const found = await findUser(tx, auth.scope, id);
    if (!found) throw new AppError('RECORD.NOT_FOUND');
    const before = found.user;
    if (before.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    if (id === auth.user.id && (input.isActive === false || input.roleIds)) throw new AppError('USER.CANNOT_DISABLE_SELF');
    const org = await userOrg(tx, auth, input.orgId ?? before.orgId ?? '');
    const roleIds = input.roleIds ?? found.roles.map((r) => r.id);
    await checkRoles(tx, auth, org, roleIds);
    await checkPerson(tx, auth, input.personId, org);
    const [row] = await tx
      .update(users)
      .set({
        displayName: input.displayName ?? before.displayName,
        orgId: org.id,
        townshipId: org.townshipId,
        personId: input.personId !== undefined ? input.personId : before.personId,
        isActive: input.isActive ?? before.isActive,
        version: before.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(users.id, id), eq(users.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    if (input.roleIds) {
      await tx.delete(userRoles).where(eq(userRoles.userId, id));
      await tx.insert(userRoles).values([...new Set(input.roleIds)].map((roleId) => ({ userId: id, roleId })));
    }
    // A disabled account loses its sessions at once.
    if (row.isActive === false) await tx.delete(sessions).where(eq(sessions.userId, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.user.update',
      entityType: 'user',
      entityId: id,
      townshipId: row.townshipId,
      before: auditView(
        before,
        found.roles.map((r) => r.id),
      ),
      after: auditView(row, roleIds),
    });
  });
}

/** An administrator sets a new initial password (and unlocks); the holder must change it at next sign-in. */
export async function resetUserPassword(ctx: AppContext, auth: AuthContext, id: string, newPassword: string): Promise<void> {
  const passwordHash = await passwordHashFor(ctx, newPassword, 'body.newPassword');
  await ctx.db.transaction(async (tx) => {
    const found = await findUser(tx, auth.scope, id);
    if (!found) throw new AppError('RECORD.NOT_FOUND');
    await userOrg(tx, auth, found.user.orgId ?? '');
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        version: found.user.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.user.reset-password',
      entityType: 'user',
      entityId: id,
      townshipId: found.user.townshipId,
    });
  });
}

export async function deleteUser(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  if (id === auth.user.id) throw new AppError('USER.CANNOT_DISABLE_SELF');
  await ctx.db.transaction(async (tx) => {
    const found = await findUser(tx, auth.scope, id);
    if (!found) throw new AppError('RECORD.NOT_FOUND');
    await userOrg(tx, auth, found.user.orgId ?? '');
    await tx
      .update(users)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, isActive: false, version: found.user.version + 1 })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.user.delete',
      entityType: 'user',
      entityId: id,
      townshipId: found.user.townshipId,
      before: auditView(
        found.user,
        found.roles.map((r) => r.id),
      ),
    });
  });
}
