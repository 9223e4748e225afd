import type { PersonInput, UpdatePersonRequest } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { personAuditView, sealPersonal } from '../presenter.ts';
import { assertCanWriteInOrg } from '../policy.ts';
import { findOrg, findPerson, type PersonRow } from '../repository.ts';
import { people } from '../tables.ts';

async function targetOrg(tx: Tx, auth: AuthContext, orgId: string) {
  const org = await findOrg(tx, auth.scope, orgId);
  if (!org) throw new AppError('RECORD.NOT_FOUND', { invalidParams: [{ name: 'body.orgId', code: 'unknown', reason: '所属机构不存在' }] });
  assertCanWriteInOrg(auth.scope, org);
  return org;
}

function checkDates(input: { joinedOn?: string | null | undefined; leftOn?: string | null | undefined }) {
  if (input.joinedOn && input.leftOn && input.leftOn < input.joinedOn) {
    throw new AppError('REQUEST.VALIDATION_FAILED', {
      invalidParams: [{ name: 'body.leftOn', code: 'before_joined', reason: '离岗日期不能早于到岗日期' }],
    });
  }
}

/** Adds a cadre; phone and ID number are encrypted, a masked copy kept for lists. */
export async function createPerson(ctx: AppContext, auth: AuthContext, input: PersonInput): Promise<PersonRow> {
  checkDates(input);
  return ctx.db.transaction(async (tx) => {
    const org = await targetOrg(tx, auth, input.orgId);
    const [row] = await tx
      .insert(people)
      .values({
        townshipId: org.townshipId!,
        orgId: org.id,
        name: input.name,
        post: input.post ?? null,
        isLeader: input.isLeader ?? false,
        isCivilServant: input.isCivilServant ?? false,
        joinedOn: input.joinedOn ?? null,
        leftOn: input.leftOn ?? null,
        ...sealPersonal(ctx.secrets, { phone: input.phone ?? null, idNumber: input.idNumber ?? null }),
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'org.person.create',
      entityType: 'person',
      entityId: row!.id,
      townshipId: row!.townshipId,
      after: personAuditView(row!),
    });
    return row!;
  });
}

export async function updatePerson(ctx: AppContext, auth: AuthContext, id: string, input: UpdatePersonRequest): Promise<PersonRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findPerson(tx, auth.scope, id);
    if (!found) throw new AppError('RECORD.NOT_FOUND');
    const before = found.person;
    await targetOrg(tx, auth, before.orgId);
    if (input.orgId && input.orgId !== before.orgId) await targetOrg(tx, auth, input.orgId);
    if (before.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    checkDates({
      joinedOn: input.joinedOn !== undefined ? input.joinedOn : before.joinedOn,
      leftOn: input.leftOn !== undefined ? input.leftOn : before.leftOn,
    });
    const { version, phone, idNumber, ...fields } = input;
    const [row] = await tx
      .update(people)
      .set({
        ...fields,
        ...sealPersonal(ctx.secrets, { phone, idNumber }),
        version: before.version + 1,
        updatedAt: new Date(),
        updatedBy: auth.user.id,
      })
      .where(and(eq(people.id, id), eq(people.version, version)))
      .returning();
    if (!row) throw new AppError('REQUEST.CONFLICT');
    await writeAudit(tx, actorOf(auth), {
      action: 'org.person.update',
      entityType: 'person',
      entityId: id,
      townshipId: row.townshipId,
      before: personAuditView(before),
      after: personAuditView(row),
    });
    return row;
  });
}

export async function deletePerson(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const found = await findPerson(tx, auth.scope, id);
    if (!found) throw new AppError('RECORD.NOT_FOUND');
    await targetOrg(tx, auth, found.person.orgId);
    await tx
      .update(people)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: found.person.version + 1 })
      .where(eq(people.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.person.delete',
      entityType: 'person',
      entityId: id,
      townshipId: found.person.townshipId,
      before: personAuditView(found.person),
    });
  });
}
