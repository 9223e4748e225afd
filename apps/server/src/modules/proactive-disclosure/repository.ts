import { and, asc, desc, eq, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { scopeWhere, type DataScope } from '../../platform/scope/data-scope.ts';
import type { FileInfo } from '@yifa/domain';
import { presentFile } from '../../platform/files/presenter.ts';
import { files } from '../../platform/files/tables.ts';
import { findOrgById, orgsByIds, orgsOfTownship } from '../organisation/index.ts';
import {
  pdBulletinBoards,
  pdBulletinBoardUpdates,
  pdCatalogItems,
  pdGuideSettings,
  pdPublications,
  pdVillageDisclosures,
} from './tables.ts';

export type CatalogItemRow = typeof pdCatalogItems.$inferSelect;
export type PublicationRow = typeof pdPublications.$inferSelect;
export type BoardRow = typeof pdBulletinBoards.$inferSelect;
export type BoardUpdateRow = typeof pdBulletinBoardUpdates.$inferSelect;
export type VillageDisclosureRow = typeof pdVillageDisclosures.$inferSelect;
export type GuideSettingsRow = typeof pdGuideSettings.$inferSelect;
export type OrgInfo = { id: string; townshipId: string | null; name: string; kind: string };

/** Township-wide records (catalogue, guide): visible to everyone of the township, whatever their org. */
function townshipScope(scope: DataScope, col: typeof pdCatalogItems.townshipId | typeof pdGuideSettings.townshipId): SQL {
  if (scope.townshipIds === 'all') return sql`true`;
  return scope.townshipIds.length === 0 ? sql`false` : inArray(col, scope.townshipIds);
}

/** LIKE pattern of a search text: % and _ typed by the user are literal. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// ── Orgs ─────────────────────────────────────────────────────────────────────
export async function findOrgInfo(db: DbOrTx, id: string): Promise<OrgInfo | null> {
  return findOrgById(db, id);
}

export async function orgNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, OrgInfo>> {
  return orgsByIds(db, ids);
}

/** A publication whose title, summary or document number contains the text (staff list and public site alike). */
export function publicationSearch(text: string | undefined): SQL | undefined {
  if (!text) return undefined;
  return or(
    ilike(pdPublications.title, likePattern(text)),
    ilike(pdPublications.summary, likePattern(text)),
    ilike(pdPublications.docNumber, likePattern(text)),
  );
}

/** The township and its villages / communities (the orgs that keep a notice board). */
export async function listBoardOrgs(db: DbOrTx, townshipId: string): Promise<OrgInfo[]> {
  return orgsOfTownship(db, townshipId, { kinds: ['township', 'village', 'community'], order: 'sortOrder' });
}

// ── Catalogue ────────────────────────────────────────────────────────────────
export async function listCatalogItems(db: DbOrTx, scope: DataScope, townshipId?: string): Promise<CatalogItemRow[]> {
  return db
    .select()
    .from(pdCatalogItems)
    .where(
      and(
        isNull(pdCatalogItems.deletedAt),
        townshipScope(scope, pdCatalogItems.townshipId),
        townshipId ? eq(pdCatalogItems.townshipId, townshipId) : undefined,
      ),
    )
    .orderBy(asc(pdCatalogItems.sortOrder), asc(pdCatalogItems.createdAt));
}

export async function findCatalogItem(db: DbOrTx, scope: DataScope, id: string): Promise<CatalogItemRow | null> {
  const rows = await db
    .select()
    .from(pdCatalogItems)
    .where(and(eq(pdCatalogItems.id, id), isNull(pdCatalogItems.deletedAt), townshipScope(scope, pdCatalogItems.townshipId)))
    .limit(1);
  return rows[0] ?? null;
}

// ── Publications ─────────────────────────────────────────────────────────────
const publicationScope = (scope: DataScope) =>
  scopeWhere(scope, { townshipId: pdPublications.townshipId, orgId: pdPublications.orgId, createdBy: pdPublications.createdBy });

export async function findPublication(db: DbOrTx, scope: DataScope, id: string): Promise<PublicationRow | null> {
  const rows = await db
    .select()
    .from(pdPublications)
    .where(and(eq(pdPublications.id, id), isNull(pdPublications.deletedAt), publicationScope(scope)))
    .limit(1);
  return rows[0] ?? null;
}

export async function catalogItemsByIds(db: DbOrTx, ids: readonly string[]): Promise<Map<string, CatalogItemRow>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select().from(pdCatalogItems).where(inArray(pdCatalogItems.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

// ── Boards ───────────────────────────────────────────────────────────────────
const boardScope = (scope: DataScope) => scopeWhere(scope, { townshipId: pdBulletinBoards.townshipId, orgId: pdBulletinBoards.orgId });

export async function listBoards(db: DbOrTx, scope: DataScope): Promise<BoardRow[]> {
  return db
    .select()
    .from(pdBulletinBoards)
    .where(and(isNull(pdBulletinBoards.deletedAt), boardScope(scope)))
    .orderBy(asc(pdBulletinBoards.createdAt));
}

export async function findBoard(db: DbOrTx, scope: DataScope, id: string): Promise<BoardRow | null> {
  const rows = await db
    .select()
    .from(pdBulletinBoards)
    .where(and(eq(pdBulletinBoards.id, id), isNull(pdBulletinBoards.deletedAt), boardScope(scope)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findLiveBoardOfOrg(db: DbOrTx, orgId: string): Promise<BoardRow | null> {
  const rows = await db
    .select()
    .from(pdBulletinBoards)
    .where(and(eq(pdBulletinBoards.orgId, orgId), isNull(pdBulletinBoards.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

/** Update dates of some boards within [from, to]. */
export async function boardUpdateDates(
  db: DbOrTx,
  boardIds: readonly string[],
  from: string,
  to: string,
): Promise<{ boardId: string; id: string; updatedOn: string }[]> {
  if (boardIds.length === 0) return [];
  return db
    .select({ boardId: pdBulletinBoardUpdates.boardId, id: pdBulletinBoardUpdates.id, updatedOn: pdBulletinBoardUpdates.updatedOn })
    .from(pdBulletinBoardUpdates)
    .where(
      and(
        inArray(pdBulletinBoardUpdates.boardId, [...boardIds]),
        isNull(pdBulletinBoardUpdates.deletedAt),
        gte(pdBulletinBoardUpdates.updatedOn, from),
        lte(pdBulletinBoardUpdates.updatedOn, to),
      ),
    )
    .orderBy(asc(pdBulletinBoardUpdates.updatedOn));
}

export async function lastBoardUpdates(db: DbOrTx, boardIds: readonly string[]): Promise<Map<string, string>> {
  if (boardIds.length === 0) return new Map();
  const rows = await db
    .select({ boardId: pdBulletinBoardUpdates.boardId, last: sql<string>`max(${pdBulletinBoardUpdates.updatedOn})::text` })
    .from(pdBulletinBoardUpdates)
    .where(and(inArray(pdBulletinBoardUpdates.boardId, [...boardIds]), isNull(pdBulletinBoardUpdates.deletedAt)))
    .groupBy(pdBulletinBoardUpdates.boardId);
  return new Map(rows.map((r) => [r.boardId, r.last]));
}

export async function listBoardUpdates(db: DbOrTx, boardId: string): Promise<BoardUpdateRow[]> {
  return db
    .select()
    .from(pdBulletinBoardUpdates)
    .where(and(eq(pdBulletinBoardUpdates.boardId, boardId), isNull(pdBulletinBoardUpdates.deletedAt)))
    .orderBy(desc(pdBulletinBoardUpdates.updatedOn), desc(pdBulletinBoardUpdates.createdAt))
    .limit(500);
}

export async function findBoardUpdate(db: DbOrTx, scope: DataScope, id: string): Promise<BoardUpdateRow | null> {
  const rows = await db
    .select()
    .from(pdBulletinBoardUpdates)
    .where(
      and(
        eq(pdBulletinBoardUpdates.id, id),
        isNull(pdBulletinBoardUpdates.deletedAt),
        scopeWhere(scope, { townshipId: pdBulletinBoardUpdates.townshipId, orgId: pdBulletinBoardUpdates.orgId }),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

// ── Village / party affairs ──────────────────────────────────────────────────
const villageScope = (scope: DataScope) =>
  scopeWhere(scope, { townshipId: pdVillageDisclosures.townshipId, orgId: pdVillageDisclosures.orgId });

export async function findVillageDisclosure(db: DbOrTx, scope: DataScope, id: string): Promise<VillageDisclosureRow | null> {
  const rows = await db
    .select()
    .from(pdVillageDisclosures)
    .where(and(eq(pdVillageDisclosures.id, id), isNull(pdVillageDisclosures.deletedAt), villageScope(scope)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findLiveVillageDisclosure(
  db: DbOrTx,
  orgId: string,
  kind: string,
  periodKey: string,
): Promise<VillageDisclosureRow | null> {
  const rows = await db
    .select()
    .from(pdVillageDisclosures)
    .where(
      and(
        eq(pdVillageDisclosures.orgId, orgId),
        eq(pdVillageDisclosures.kind, kind),
        eq(pdVillageDisclosures.periodKey, periodKey),
        isNull(pdVillageDisclosures.deletedAt),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

// ── Guide settings ───────────────────────────────────────────────────────────
export async function findGuideSettings(db: DbOrTx, townshipId: string): Promise<GuideSettingsRow | null> {
  const rows = await db
    .select()
    .from(pdGuideSettings)
    .where(and(eq(pdGuideSettings.townshipId, townshipId), isNull(pdGuideSettings.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

// ── Attachments of many records at once (lists) ──────────────────────────────
export async function filesOfRecords(
  db: DbOrTx,
  scope: DataScope,
  entityType: string,
  entityIds: readonly string[],
): Promise<Map<string, FileInfo[]>> {
  const out = new Map<string, FileInfo[]>();
  if (entityIds.length === 0) return out;
  const rows = await db
    .select()
    .from(files)
    .where(
      and(
        eq(files.entityType, entityType),
        inArray(files.entityId, [...entityIds]),
        isNull(files.deletedAt),
        scopeWhere(scope, { townshipId: files.townshipId, orgId: files.orgId, createdBy: files.createdBy }),
      ),
    )
    .orderBy(asc(files.createdAt));
  for (const r of rows) out.set(r.entityId!, [...(out.get(r.entityId!) ?? []), presentFile(r)]);
  return out;
}
