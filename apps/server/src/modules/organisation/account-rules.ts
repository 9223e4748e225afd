import { isPasswordAcceptable, SYSTEM_ROLE_CODES } from '@yifa/domain';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import type { Tx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { AppContext } from '../../platform/http/app-context.ts';
import { authorize } from '../../platform/policy/index.ts';
import { userPolicy } from './policy.ts';
import { findOrg, findPerson, type OrgRow } from './repository.ts';
import { roles } from './tables.ts';

const SYSTEM_ROLES = new Set(SYSTEM_ROLE_CODES);

/** The org an account sits in: one where the caller may manage accounts (the same rule as for an account there). */
export async function orgForAccount(tx: Tx, auth: AuthContext, orgId: string): Promise<OrgRow> {
  const org = await findOrg(tx, auth.scope, orgId);
  if (!org) throw new AppError('RECORD.NOT_FOUND', { invalidParams: [{ name: 'body.orgId', code: 'unknown', reason: '所属机构不存在' }] });
  authorize(userPolicy, auth, { id: '', townshipId: org.townshipId, orgId: org.id, createdBy: auth.user.id }, 'update');
  return org;
}

/** Roles must be built-in or the township's own; a county reviewer sits on a county node, everyone else in a township. */
export async function checkRoles(tx: Tx, auth: AuthContext, org: OrgRow, roleIds: string[]): Promise<void> {
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

/** The cadre an account belongs to must be on the same township's roll. */
export async function checkPerson(tx: Tx, auth: AuthContext, personId: string | null | undefined, org: OrgRow): Promise<void> {
  if (!personId) return;
  const p = await findPerson(tx, auth.scope, personId);
  if (!p || p.person.townshipId !== org.townshipId)
    throw new AppError('RECORD.NOT_FOUND', { invalidParams: [{ name: 'body.personId', code: 'unknown', reason: '关联的干部不存在' }] });
}

/** The township's password rule (settings), with the rule in the message. */
export async function passwordHashFor(ctx: AppContext, password: string, field: string): Promise<string> {
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
