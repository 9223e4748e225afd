import { type FileInfo } from '@yifa/domain';
import {
  periodOfKey,
  publicationWorkflow,
  type BoardUpdate,
  type CatalogItem,
  type GuideSettings,
  type Publication,
  type VillageDisclosure,
} from '@yifa/domain/proactive-disclosure';
import type { AuthContext } from '../../platform/auth/auth-context.ts';
import { boardUpdatePolicy, catalogItemPolicy, guideSettingsPolicy, publicationAbilities, villageDisclosureAbilities } from './policy.ts';
import type { BoardUpdateRow, CatalogItemRow, GuideSettingsRow, OrgInfo, PublicationRow, VillageDisclosureRow } from './repository.ts';

// Row → response, with the caller's abilities (policy.ts) and a publication's allowed steps
// (workflow.ts). Nothing leaves the server that the presenter did not choose (no personal data
// here: office contacts of the guide are the office's, published by law, 条例第十二条).
export function presentCatalogItem(auth: AuthContext, row: CatalogItemRow, orgs: Map<string, OrgInfo>): CatalogItem {
  return {
    id: row.id,
    code: row.code,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    category: row.category,
    legalBasis: row.legalBasis,
    timeLimitDays: row.timeLimitDays,
    responsibleOrgId: row.responsibleOrgId,
    responsibleOrgName: row.responsibleOrgId ? (orgs.get(row.responsibleOrgId)?.name ?? null) : null,
    description: row.description,
    sortOrder: row.sortOrder,
    isStatutory: row.isStatutory,
    version: row.version,
    abilities: catalogItemPolicy.abilities(auth, row),
  };
}

/** The columns of a publication its response shows (the list reads only these). */
export type ShownPublicationRow = Omit<PublicationRow, 'updatedAt' | 'updatedBy' | 'deletedAt' | 'deletedBy'>;

export function presentPublication(
  auth: AuthContext,
  row: ShownPublicationRow,
  item: Pick<CatalogItemRow, 'titleZh' | 'category'> | undefined,
): Publication {
  const abilities = publicationAbilities(auth, row);
  const state = { status: row.publishedOn ? ('published' as const) : ('pending' as const) };
  return {
    id: row.id,
    orgId: row.orgId,
    catalogItemId: row.catalogItemId,
    catalogItemTitle: item?.titleZh ?? '',
    category: item?.category ?? '',
    title: row.title,
    summary: row.summary,
    indexNumber: row.indexNumber,
    docNumber: row.docNumber,
    formedOn: row.formedOn,
    publishedOn: row.publishedOn,
    channels: row.channels,
    status: row.publishedOn ? 'published' : 'pending',
    timeLimitDays: row.timeLimitDays,
    dueDate: row.dueDate,
    dueExplanationZh: row.dueExplanationZh,
    isProvisional: row.isProvisional,
    isLate: row.isLate,
    workingDaysLate: row.workingDaysLate,
    publicFileIds: row.publicFileIds,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    abilities,
    // The web offers 公开 only when the caller may change the record and it is still 待公开.
    allowedSteps: abilities.update
      ? publicationWorkflow.allowedSteps(state, { channelCount: row.channels.length, formedOn: row.formedOn, publishedOn: null })
      : [],
  };
}

export function presentBoardUpdate(auth: AuthContext, row: BoardUpdateRow, periodKey: string, files: FileInfo[]): BoardUpdate {
  return {
    id: row.id,
    boardId: row.boardId,
    orgId: row.orgId,
    updatedOn: row.updatedOn,
    periodKey,
    contentSummary: row.contentSummary,
    files,
    createdAt: row.createdAt.toISOString(),
    abilities: boardUpdatePolicy.abilities(auth, row),
  };
}

/** The columns of a village disclosure its response shows (the list reads only these). */
export type ShownVillageDisclosureRow = Pick<
  VillageDisclosureRow,
  'id' | 'townshipId' | 'orgId' | 'createdBy' | 'kind' | 'periodKey' | 'disclosedOn' | 'contentSummary' | 'version' | 'createdAt'
>;

export function presentVillageDisclosure(
  auth: AuthContext,
  row: ShownVillageDisclosureRow,
  orgName: string | null,
  files: FileInfo[],
): VillageDisclosure {
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: orgName ?? '',
    kind: row.kind as VillageDisclosure['kind'],
    periodKey: row.periodKey,
    periodLabelZh: periodOfKey(row.periodKey).labelZh,
    disclosedOn: row.disclosedOn,
    contentSummary: row.contentSummary,
    files,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    abilities: villageDisclosureAbilities(auth, row),
  };
}

export function presentGuideSettings(auth: AuthContext, row: GuideSettingsRow): GuideSettings {
  return {
    officeName: row.officeName,
    address: row.address,
    officeHours: row.officeHours,
    phone: row.phone,
    fax: row.fax,
    email: row.email,
    onlineContact: row.onlineContact,
    postalCode: row.postalCode,
    feesNote: row.feesNote,
    extraNote: row.extraNote,
    version: row.version,
    abilities: guideSettingsPolicy.abilities(auth, row),
  };
}
