import type { Person } from '@yifa/domain/organisation';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { authorize } from '../../../platform/policy/index.ts';
import { personPolicy } from '../policy.ts';
import { presentPerson } from '../presenter.ts';
import { findPerson } from '../repository.ts';

/**
 * One cadre. With `unmasked`, and only for a role holding org:person:view-personal, the clear
 * phone and ID number are returned — and that view enters the audit log (个人信息保护法 Art. 51;
 * product.md: "every view of it is audited").
 */
export async function viewPerson(ctx: AppContext, auth: AuthContext, id: string, unmasked: boolean): Promise<Person> {
  const found = await findPerson(ctx.db, auth.scope, id);
  if (!found) throw new AppError('RECORD.NOT_FOUND');
  if (!unmasked) return presentPerson(auth, found, null);
  authorize(personPolicy, auth, found.person, 'viewPersonal');
  await writeAudit(ctx.db, actorOf(auth), {
    action: 'org.person.view-personal',
    entityType: 'person',
    entityId: id,
    townshipId: found.person.townshipId,
  });
  return presentPerson(auth, found, ctx.secrets);
}
