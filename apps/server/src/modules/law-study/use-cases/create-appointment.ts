import type { BodyOf } from '@yifa/domain';
import type { lawStudyApi } from '@yifa/domain/law-study';
import { writeAudit } from '../../../platform/audit/write-audit.ts';
import { actorOf, type AuthContext } from '../../../platform/auth/auth-context.ts';
import type { AppContext } from '../../../platform/http/app-context.ts';
import { resolveTownship } from '../../../platform/policy/index.ts';
import type { AppointmentRow } from '../repository.ts';
import { lawStudyAppointments } from '../tables.ts';
import { requireRollPeople } from '../roll-people.ts';

/** Records a leader's appointment; the pre-appointment exam check is made when it is read (the exam may be entered later). */
export async function createAppointment(
  ctx: AppContext,
  auth: AuthContext,
  input: BodyOf<typeof lawStudyApi.createAppointment>,
): Promise<AppointmentRow> {
  const townshipId = await resolveTownship(ctx.db, auth, undefined, 'write');
  return ctx.db.transaction(async (tx) => {
    const person = (await requireRollPeople(tx, townshipId, [input.personId], () => 'body.personId')).get(input.personId)!;
    const [row] = await tx
      .insert(lawStudyAppointments)
      .values({
        townshipId,
        orgId: person.orgId,
        personId: input.personId,
        post: input.post,
        appointedOn: input.appointedOn,
        createdBy: auth.user.id,
        updatedBy: auth.user.id,
      })
      .returning();
    await writeAudit(tx, actorOf(auth), {
      action: 'law-study.appointment.create',
      entityType: 'lawStudyAppointment',
      entityId: row!.id,
      townshipId,
      after: input,
    });
    return row!;
  });
}
