import type { BodyOf } from '@yifa/domain';
import type { organisationApi } from '@yifa/domain/organisation';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { checkPersonDates, orgForCadre } from '../person-placement.ts';
import { personPolicy, type PersonAbility } from '../policy.ts';
import { personAuditView, sealPersonal } from '../presenter.ts';
import { findPerson, type PersonRow } from '../repository.ts';
import { people } from '../tables.ts';

/** Changes a cadre (optimistic lock on `version`); a move to another org needs the right to keep cadres there too. */
export async function updatePerson(
  ctx: AppContext,
  auth: AuthContext,
  id: string,
  input: BodyOf<typeof organisationApi.updatePerson>,
): Promise<PersonRow> {
  return ctx.db.transaction(async (tx) => {
    const before = authorize<PersonRow, PersonAbility>(personPolicy, auth, (await findPerson(tx, auth.scope, id))?.person, 'update');
    if (input.orgId && input.orgId !== before.orgId) await orgForCadre(tx, auth, input.orgId);
    if (before.version !== input.version) throw new AppError('REQUEST.CONFLICT');
    checkPersonDates({
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
