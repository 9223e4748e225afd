import { type BodyOf } from '@yifa/domain';
import { isValidMoveTarget, type OrgKind, type organisationApi } from '@yifa/domain/organisation';
import { and, eq, like, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { orgAuditView } from '../presenter.ts';
import { orgPolicy } from '../policy.ts';
import { findOrg, type OrgRow } from '../repository.ts';
import { orgs } from '../tables.ts';

const asTreeNode = (o: OrgRow) => ({ kind: o.kind as OrgKind, townshipId: o.townshipId });

/**
 * Renames re-kinds or moves a node. A move rewrites the materialised path of the whole subtree in
 * one statement; it stays inside the township (a node never moves under itself or its descendants).
 */
export async function updateOrg(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof organisationApi.updateOrg>,
): Promise<OrgRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findOrg(tx, auth.scope, id);
    const isMove = !!input.parentId && input.parentId !== found?.parentId;
    const org = authorize(orgPolicy, auth, found, isMove ? 'move' : 'update');
    if (org.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    if ((org.kind === 'township' || org.kind === 'county') && input.kind)
      throw new AppError('ORG.INVALID_PARENT', { userMessage: '乡镇（街道）与区县的类型不能修改' });

    let path = org.path;
    let parentId = org.parentId;
    if (isMove) {
      const parent = await findOrg(tx, auth.scope, input.parentId!);
      if (!parent || !isValidMoveTarget(asTreeNode(org), asTreeNode(parent), parent.path.startsWith(org.path)))
        throw new AppError('ORG.INVALID_PARENT', {
          invalidParams: [{ name: 'body.parentId', code: 'invalid', reason: '不能移动到该上级机构下' }],
        });
      parentId = parent.id;
      path = `${parent.path}${org.id}/`;
      await tx
        .update(orgs)
        .set({ path: sql`${path} || substr(${orgs.path}, ${org.path.length + 1})` })
        .where(and(like(orgs.path, `${org.path}%`), sql`${orgs.id} <> ${org.id}`));
    }
    const [row] = await tx
      .update(orgs)
      .set({
        name: input.name ?? org.name,
        kind: input.kind ?? org.kind,
        divisionCode: input.divisionCode !== undefined ? input.divisionCode : org.divisionCode,
        sortOrder: input.sortOrder ?? org.sortOrder,
        parentId,
        path,
        version: org.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(orgs.id, id), eq(orgs.version, input.version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: parentId !== org.parentId ? 'org.org.move' : 'org.org.update',
      entityType: 'org',
      entityId: id,
      townshipId: org.townshipId,
      before: orgAuditView(org),
      after: orgAuditView(row),
    });
    return row;
  });
}
