import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { personPolicy, type PersonAbility } from '../policy.ts';
import { personAuditView } from '../presenter.ts';
import { findPerson, type PersonRow } from '../repository.ts';
import { people } from '../tables.ts';

/** Soft delete: study records, attendances and accounts still point to the cadre. */
export async function deletePerson(ctx: AppContext, auth: AuthContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const person = authorize<PersonRow, PersonAbility>(personPolicy, auth, (await findPerson(tx, auth.scope, id))?.person, 'delete');
    await tx
      .update(people)
      .set({ deletedAt: new Date(), deletedBy: auth.user.id, version: person.version + 1 })
      .where(eq(people.id, id));
    await writeAudit(tx, actorOf(auth), {
      action: 'org.person.delete',
      entityType: 'person',
      entityId: id,
      townshipId: person.townshipId,
      before: personAuditView(person),
    });
  });
}
