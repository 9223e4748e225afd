import type { RoleInput } from '@yifa/domain';
import type { z } from 'zod';
import type { ZUpdateRoleRequest } from '@yifa/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { findRole } from '../repository.ts';
import { roles } from '../tables.ts';

/** Custom roles belong to one township; the system administrator has no township to put them in. */
function ownTownship(auth: AuthContext): string {
  if (!auth.user.townshipId || auth.scope.isReadOnly)
    throw new AppError('AUTH.FORBIDDEN', { detail: 'custom roles are made inside a township' });
  return auth.user.townshipId;
}

const view = (r: typeof roles.$inferSelect) => ({ code: r.code, name: r.name, dataScope: r.dataScope, permissions: r.permissions });

export async function createRole(ctx: AppContext, auth: AuthContext, input: RoleInput): Promise<string> {
  const townshipId = ownTownship(auth);
  return ctx.db.transaction(async (tx) => {
    const isTaken = async (c: string) =>
      (
        await tx
          .select({ id: roles.id })
          .from(roles)
          .where(and(eq(roles.code, c), isNull(roles.deletedAt), sql`(${roles.townshipId} is null or ${roles.townshipId} = ${townshipId})`))
      ).length > 0;
    // No code given: the next free customRole<n> (a clerk names the role; the code is for the system).
    let code = input.code;
    for (let n = 1; !code; n++) if (!(await isTaken(`customRole${n}`))) code = `customRole${n}`;
    if (input.code && (await isTaken(input.code)))
      throw new AppError('RECORD.DUPLICATE', { invalidParams: [{ name: 'body.code', code: 'taken', reason: '角色代码已存在' }] });
    const [row] = await tx
      .insert(roles)
      .values({
        townshipId,
        code,
        name: input.name,
        nameEn: input.nameEn ?? null,
        dataScope: input.dataScope,
        permissions: [...new Set(input.permissions)].sort(),
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'org.role.create',
      entityType: 'role',
      entityId: row!.id,
      townshipId,
      after: view(row!),
    });
    return row!.id;
  });
}

export async function updateRole(ctx: AppContext, auth: AuthContext, id: string, input: z.infer<typeof ZUpdateRoleRequest>): Promise<void> {
  ownTownship(auth);
  await ctx.db.transaction(async (tx) => {
    const found = await findRole(tx, auth.scope, id);
    if (!found) throw new AppError('RECORD.NOT_FOUND');
    if (found.role.isBuiltin) throw new AppError('ROLE.BUILTIN_READONLY');
    if (found.role.version !== input.version) throw new AppError('REQUEST.CONFLICT');
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
      before: view(found.role),
      after: view(row),
    });
  });
}

export async function deleteRole(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  ownTownship(auth);
  await ctx.db.transaction(async (tx) => {
    const found = await findRole(tx, auth.scope, id);
    if (!found) throw new AppError('RECORD.NOT_FOUND');
    if (found.role.isBuiltin) throw new AppError('ROLE.BUILTIN_READONLY');
    if (Number(found.userCount) > 0) throw new AppError('ROLE.IN_USE');
    await tx.update(roles).set({ deletedAt: new Date(), deletedBy: auth.user.id }).where(eq(roles.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.role.delete',
      entityType: 'role',
      entityId: id,
      townshipId: found.role.townshipId,
      before: view(found.role),
    });
  });
}
