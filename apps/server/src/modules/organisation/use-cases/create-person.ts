import type { BodyOf } from '@yifa/domain';
import type { organisationApi } from '@yifa/domain/organisation';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { checkPersonDates, orgForCadre } from '../person-placement.ts';
import { personAuditView, sealPersonal } from '../presenter.ts';
import type { PersonRow } from '../repository.ts';
import { people } from '../tables.ts';

/** Adds a cadre; phone and ID number are encrypted, a masked copy kept for lists (adr/0003). */
export async function createPerson(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof organisationApi.createPerson>,
): Promise<PersonRow> {
  checkPersonDates(input);
  return ctx.db.transaction(async (tx) => {
    const org = await orgForCadre(tx, auth, input.orgId);
    const [row] = await tx
      .insert(people)
      .values({
        townshipId: org.townshipId,
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
