import type { PermissionCode } from '@yifa/domain';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { canWrite, definePolicy, has } from '../../platform/policy/index.ts';
import { canWriteTownship } from '../../platform/scope/data-scope.ts';
import type { BoardRow, BoardUpdateRow, CatalogItemRow, PublicationRow, VillageDisclosureRow } from './repository.ts';

/**
 * Who may do what in proactive disclosure, declared once per record kind (the platform's
 * `authorize`: a record the caller cannot see is 404, one they see but may not change is 403).
 * Township-wide records (the catalogue, the guide's settings) are seen by the whole township and
 * changed by whoever holds the permission in a writing scope; records of an org (publications,
 * boards and their updates, village disclosures) are seen and changed inside the writer's data
 * scope: a village cadre writes their own village's board and nothing else.
 */

const seesTownship = (auth: AuthContext, record: { townshipId: string }) =>
  auth.scope.townshipIds === 'all' || auth.scope.townshipIds.includes(record.townshipId);

const writesTownship = (auth: AuthContext, townshipId: string, code: PermissionCode) =>
  has(auth, code) && canWriteTownship(auth.scope, townshipId);

/**
 * The catalogue (条例第二十条至第二十二条) is the township's: changed by catalogue writers of that
 * township. A statutory item (第二十条、第二十一条) is never deleted: the law lists it.
 */
export const catalogItemPolicy = definePolicy<CatalogItemRow, 'update' | 'delete'>({
  visible: seesTownship,
  abilities: (auth, record) => {
    const may = writesTownship(auth, record.townshipId, 'proactive-disclosure:catalog:write');
    return { update: may, delete: may && !record.isStatutory };
  },
});

/** The disclosure guide's settings (条例第十二条): one per township, kept by catalogue writers. */
export const guideSettingsPolicy = definePolicy<{ townshipId: string; orgId: string }, 'update'>({
  visible: seesTownship,
  abilities: (auth, record) => ({ update: writesTownship(auth, record.townshipId, 'proactive-disclosure:catalog:write') }),
});

/**
 * An org of the township as the place a record is filed under: the caller may file a publication,
 * a board or a village disclosure there when the org is inside their writing scope. An org outside
 * the scope is not found, like any record.
 */
export const filingPolicy = definePolicy<{ townshipId: string; orgId: string }, 'publication' | 'board'>({
  abilities: (auth, org) => ({
    publication: canWrite(auth, org, 'proactive-disclosure:publication:write'),
    board: canWrite(auth, org, 'proactive-disclosure:board:write'),
  }),
});

/** A publication's abilities need only its scope columns (the list reads no more than it shows). */
export const publicationAbilities = (auth: AuthContext, record: Pick<PublicationRow, 'townshipId' | 'orgId' | 'createdBy'>) => {
  const may = canWrite(auth, record, 'proactive-disclosure:publication:write');
  return { update: may, delete: may };
};

export const publicationPolicy = definePolicy<PublicationRow, 'update' | 'delete'>({ abilities: publicationAbilities });

export const boardPolicy = definePolicy<BoardRow, 'update' | 'recordUpdate'>({
  abilities: (auth, record) => {
    const may = canWrite(auth, record, 'proactive-disclosure:board:write');
    return { update: may, recordUpdate: may };
  },
});

export const boardUpdatePolicy = definePolicy<BoardUpdateRow, 'delete'>({
  abilities: (auth, record) => ({ delete: canWrite(auth, record, 'proactive-disclosure:board:write') }),
});

/** A village disclosure's abilities need only its scope columns (the list reads no more). */
export const villageDisclosureAbilities = (
  auth: AuthContext,
  record: Pick<VillageDisclosureRow, 'townshipId' | 'orgId' | 'createdBy'>,
) => ({
  delete: canWrite(auth, record, 'proactive-disclosure:board:write'),
});

export const villageDisclosurePolicy = definePolicy<VillageDisclosureRow, 'delete'>({ abilities: villageDisclosureAbilities });
