import type { BodyOf } from '@yifa/domain';
import type { organisationApi } from '@yifa/domain/organisation';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { rolePolicy, type RoleAbility } from '../policy.ts';
import { findRole, type RoleRow } from '../repository.ts';
import { roleAuditView } from '../presenter.ts';
import { roles } from '../tables.ts';

/** Renames a custom role or changes its scope and permissions (the holders' next request sees them). */
export async function updateRole(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof organisationApi.updateRole>,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const found = await findRole(tx, auth.scope, id);
    // The built-in roles are the product's (docs/roles.md): named for what they are, never edited.
    if (found?.role.isBuiltin) throw new AppError('ROLE.BUILTIN_READONLY');
    const role = authorize<RoleRow, RoleAbility>(rolePolicy, auth, found?.role, 'update');
    if (role.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    const { version, ...fields } = input;
    const [row] = await tx
      .update(roles)
      .set({
        ...fields,
        ...(fields.permissions ? { permissions: [...new Set(fields.permissions)].sort() } : {}),
        version: version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(roles.id, id), eq(roles.version, version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'org.role.update',
      entityType: 'role',
      entityId: id,
      townshipId: row.townshipId,
      before: roleAuditView(role),
      after: roleAuditView(row),
    });
  });
}
