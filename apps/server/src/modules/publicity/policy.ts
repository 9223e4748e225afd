import type { Abilities } from '@yifa/domain';
import { AppError } from '../../platform/http/app-error.ts';
import { canWrite, definePolicy, has } from '../../platform/policy/index.ts';
import { canWriteTownship, isInScope } from '../../platform/scope/data-scope.ts';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import type { ActivityRow, CampaignRow, DutyItemRow, OrgInfo } from './repository.ts';

/**
 * Campaigns and duty lists are township-wide information (a duty list must even be public, 2017
 * 意见 “清单向社会公开”): everyone of the township sees them, whatever their org.
 */
const seesTownship = (auth: AuthContext, record: { townshipId: string }) =>
  auth.scope.townshipIds === 'all' || auth.scope.townshipIds.includes(record.townshipId);

/**
 * The township's publicity calendar as a whole: planned by callers who see the whole township
 * (township administrator, leader), not by one office or village. Creating and rolling campaigns
 * ask it with `{ townshipId, orgId: townshipId }` (a campaign belongs to the township itself).
 */
export const calendarPolicy = definePolicy<{ townshipId: string; orgId: string }, 'plan'>({
  visible: seesTownship,
  abilities: (auth, record) => ({
    plan:
      has(auth, 'publicity:campaign:write') &&
      canWriteTownship(auth.scope, record.townshipId) &&
      auth.scope.orgIds === null &&
      auth.scope.kind !== 'own',
  }),
});

/** A campaign is changed by whoever may plan its township's calendar. */
export const campaignPolicy = definePolicy<CampaignRow, 'update' | 'delete'>({
  visible: seesTownship,
  abilities: (auth, record) => {
    const { plan } = calendarPolicy.abilities(auth, record);
    return { update: plan, delete: plan };
  },
});

/** A duty list line: an office changes its own office's lines (谁执法谁普法), the township administrator any. */
export const dutyItemPolicy = definePolicy<DutyItemRow, 'update' | 'delete'>({
  visible: seesTownship,
  abilities: (auth, record) => {
    const may = canWrite(auth, record, 'publicity:duty:write');
    return { update: may, delete: may };
  },
});

/**
 * An activity is seen by the scope of its organiser and, for org-bound scopes, by the village it was
 * held in (a village cadre sees what the 司法所 did in their village) — but changed only by the
 * organiser's scope.
 */
export const activityPolicy = definePolicy<ActivityRow, 'update' | 'delete'>({
  visible: (auth, record) =>
    isInScope(auth.scope, record) ||
    (auth.scope.kind !== 'own' && !!record.villageId && isInScope(auth.scope, { ...record, orgId: record.villageId })),
  abilities: (auth, record) => activityAbilities(auth, record),
});

/**
 * The abilities of `activityPolicy`, from the scope facts alone: a list row (activity-list.ts)
 * carries these, not the whole record.
 */
export function activityAbilities(
  auth: AuthContext,
  record: Pick<ActivityRow, 'townshipId' | 'orgId' | 'createdBy'>,
): Abilities<'update' | 'delete'> {
  const may = canWrite(auth, record, 'publicity:activity:write');
  return { update: may, delete: may };
}

/**
 * The org a duty-list line or an activity belongs to must be an org of the township inside the
 * caller's scope (an office records its own activities, a village cadre their village's). A duty
 * list belongs to an office or the township itself (谁执法谁普法 binds state organs, not villagers'
 * committees). A wrong org is a bad input (400 on the field), not a refused record.
 */
export function assertOrgUsable(
  auth: AuthContext,
  townshipId: string,
  org: OrgInfo | undefined,
  purpose: 'duty' | 'activity',
  field = 'body.orgId',
): OrgInfo {
  const kindOk = org && (purpose === 'activity' || org.kind === 'department' || org.kind === 'township');
  if (!org || !kindOk || !isInScope(auth.scope, { townshipId, orgId: org.id, createdBy: auth.user.id })) {
    throw new AppError('PUBLICITY.INVALID_ORG', {
      invalidParams: [{ name: field, code: 'invalid', reason: '所选机构不属于本乡镇（街道）或无权为其登记' }],
    });
  }
  return org;
}
