import { type BodyOf } from '@yifa/domain';
import { canHoldChildren, type OrgKind, type organisationApi } from '@yifa/domain/organisation';
import crypto from 'node:crypto';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { orgAuditView } from '../presenter.ts';
import { orgPolicy } from '../policy.ts';
import { findOrg, type OrgRow } from '../repository.ts';
import { orgs } from '../tables.ts';

/** Adds a department, village or community under a township (or under a department of it). */
export async function createOrg(ctx: AppContext, auth: AuthContext, input: BodyOf<typeof organisationApi.createOrg>): Promise<OrgRow> {
  return ctx.db.transaction(async (tx) => {
    const parent = await findOrg(tx, auth.scope, input.parentId);
    if (!parent || !parent.townshipId || !canHoldChildren(parent.kind as OrgKind)) {
      throw new AppError('ORG.INVALID_PARENT', {
        invalidParams: [{ name: 'body.parentId', code: 'invalid', reason: '上级机构须为本乡镇（街道）或其下属站所' }],
      });
    }
    authorize(orgPolicy, auth, parent, 'addChild');
    const id = crypto.randomUUID();
    const [row] = await tx
      .insert(orgs)
      .values({
        id,
        townshipId: parent.townshipId,
        parentId: parent.id,
        kind: input.kind,
        name: input.name,
        divisionCode: input.divisionCode ?? null,
        sortOrder: input.sortOrder ?? 0,
        path: `${parent.path}${id}/`,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'org.org.create',
      entityType: 'org',
      entityId: id,
      townshipId: parent.townshipId,
      after: orgAuditView(row!),
    });
    return row!;
  });
}
