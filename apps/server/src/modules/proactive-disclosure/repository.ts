import { and, asc, desc, eq, getTableColumns, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/client.ts';
import {
  cappedTotalField,
  decodeCursor,
  keysetAfter,
  keysetCursorField,
  keysetOrderBy,
  type KeysetOrder,
} from '../../platform/db/keyset.ts';
import { preparedScope, scopeWhere, type DataScope, type PreparedScope } from '../../platform/scope/data-scope.ts';
import type { FileInfo } from '@yifa/domain';
import type { PublicationListQuery } from '@yifa/domain/proactive-disclosure';
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

/**
 * The publications list's order: 待公开 first, then by publication date (a pending one by the date it
 * was formed), newest first, newest registered first on the same day. One direction throughout
 * (`published_on is null` desc puts pending first), every key NOT NULL, matching
 * pd_publications_list_idx after its township.
 */
export const publicationListOrder: KeysetOrder = {
  keys: [
    { expr: sql`(${pdPublications.publishedOn} is null)`, type: 'bool' },
    { expr: sql`coalesce(${pdPublications.publishedOn}, ${pdPublications.formedOn})`, type: 'date' },
    { expr: pdPublications.createdAt, type: 'timestamptz' },
    { expr: pdPublications.id, type: 'uuid' },
  ],
  direction: 'desc',
};

type PublicationListShape = Pick<PublicationListQuery, 'q' | 'catalogItemId' | 'category' | 'status' | 'isLate' | 'year' | 'orgId'>;

/** The list's filters as placeholders: which ones apply is the statement's shape, their values its parameters. */
function publicationListFilter(scope: PreparedScope, f: PublicationListShape): SQL {
  const p = pdPublications;
  return and(
    isNull(p.deletedAt),
    scope.where({ townshipId: p.townshipId, orgId: p.orgId, createdBy: p.createdBy }),
    f.q
      ? or(ilike(p.title, sql.placeholder('q')), ilike(p.summary, sql.placeholder('q')), ilike(p.docNumber, sql.placeholder('q')))
      : undefined,
    f.catalogItemId ? sql`${p.catalogItemId} = ${sql.placeholder('catalogItemId')}` : undefined,
    f.category
      ? sql`${p.catalogItemId} in (select c.id from pd_catalog_items c where c.category = ${sql.placeholder('category')})`
      : undefined,
    // The first key of the order: a status is an equality on it, inside the index range.
    f.status ? sql`(${p.publishedOn} is null) = ${sql.raw(f.status === 'pending' ? 'true' : 'false')}` : undefined,
    f.isLate ? sql`${p.isLate} = ${sql.placeholder('isLate')}::boolean` : undefined,
    // A year: published that year, or (pending) formed that year — the order's second key in a range.
    f.year
      ? sql`coalesce(${p.publishedOn}, ${p.formedOn}) between ${sql.placeholder('yearStart')}::date and ${sql.placeholder('yearEnd')}::date`
      : undefined,
    f.orgId ? sql`${p.orgId} = ${sql.placeholder('orgId')}` : undefined,
  ) as SQL;
}

/**
 * The townships a list walks one by one: the scope's, or every township for the system
 * administrator. Each township's rows are one range of the list index, already in order.
 */
function scopeTownships(scope: PreparedScope): SQL {
  return scope.params.scopeTownshipIds
    ? sql`unnest(${sql.placeholder('scopeTownshipIds')}::uuid[]) as scope_t(tid)`
    : sql`(select o.id as tid from orgs o where o.kind = 'township') as scope_t`;
}

/** A table's columns as its lateral subquery's ("p"."title", …): the page's rows are whole records. */
function lateralColumns<T extends PgTable>(table: T, lateral: object): T['_']['columns'] {
  const fields = lateral as Record<string, unknown>;
  return Object.fromEntries(Object.keys(getTableColumns(table)).map((k) => [k, fields[k]])) as T['_']['columns'];
}

const publicationListStatements = new WeakMap<object, Map<string, ReturnType<typeof buildPublicationListStatement>>>();

/**
 * One page of publications in one round trip, for one township or twenty alike: for each township
 * of the scope (a lateral join) the first `limit` rows after the cursor come from one range of
 * pd_publications_list_idx (or pd_publications_item_list_idx with an item), and only those
 * (≤ townships × limit rows) are merged and cut to the page. Neither a township's nor the county's
 * scope is ever sorted whole. The catalogue item's title and category come from a key lookup per
 * row of the page.
 */
function buildPublicationListStatement(db: DbOrTx, scope: PreparedScope, f: PublicationListShape, isFirstPage: boolean, name: string) {
  const filter = publicationListFilter(scope, f);
  const order = publicationListOrder;
  const after = isFirstPage
    ? undefined
    : keysetAfter(
        order,
        order.keys.map((_, i) => sql`${sql.placeholder(`k${i}`)}`),
      );
  const perTownship = db
    .select({
      ...getTableColumns(pdPublications),
      k0: sql<boolean>`${order.keys[0]!.expr}`.as('k0'),
      k1: sql<string>`${order.keys[1]!.expr}`.as('k1'),
    })
    .from(pdPublications)
    .where(and(sql`${pdPublications.townshipId} = scope_t.tid`, filter, after))
    .orderBy(...keysetOrderBy(order))
    .limit(sql.placeholder('limit'))
    .as('p');
  // The same order over the lateral's columns (k0, k1 are its first two keys).
  const pageOrder: KeysetOrder = {
    keys: [
      { expr: sql`p.k0`, type: 'bool' },
      { expr: sql`p.k1`, type: 'date' },
      { expr: perTownship.createdAt, type: 'timestamptz' },
      { expr: perTownship.id, type: 'uuid' },
    ],
    direction: 'desc',
  };
  return db
    .select({
      row: lateralColumns(pdPublications, perTownship),
      // Scalar subqueries: PostgreSQL evaluates them after the sort and limit, for the page's rows
      // only (a join would look up the item of every township's candidate rows).
      catalogItemTitle: sql<string | null>`(select c.title_zh from pd_catalog_items c where c.id = p.catalog_item_id)`,
      category: sql<string | null>`(select c.category from pd_catalog_items c where c.id = p.catalog_item_id)`,
      cursor: keysetCursorField(pageOrder),
      total: isFirstPage
        ? cappedTotalField(
            db
              .select({ one: sql`1` })
              .from(pdPublications)
              .where(filter),
          )
        : sql<null>`null`,
    })
    .from(scopeTownships(scope))
    .innerJoinLateral(perTownship, sql`true`)
    .orderBy(...keysetOrderBy(pageOrder))
    .limit(sql.placeholder('limit'))
    .prepare(name);
}

/** A page of the publications in the caller's scope (search, catalogue item or category, status, year, late, office). */
export async function listPublications(db: DbOrTx, scope: DataScope, q: PublicationListQuery) {
  const prepared = preparedScope(scope);
  const isFirstPage = !q.after;
  const shape: PublicationListShape = {
    q: q.q || undefined,
    catalogItemId: q.catalogItemId,
    category: q.category,
    status: q.status,
    isLate: q.isLate,
    year: q.year,
    orgId: q.orgId,
  };
  const flags = [
    shape.q ? 'q' : '',
    shape.catalogItemId ? 'i' : '',
    shape.category ? 'c' : '',
    shape.status ? `s_${shape.status}_` : '',
    shape.isLate ? 'l' : '',
    shape.year ? 'y' : '',
    shape.orgId ? 'o' : '',
  ].join('');
  const key = `pd_publications_list_${prepared.key}_${flags}_${isFirstPage ? 'f' : 'n'}`;
  let byKey = publicationListStatements.get(db);
  if (!byKey) publicationListStatements.set(db, (byKey = new Map()));
  let statement = byKey.get(key);
  if (!statement) byKey.set(key, (statement = buildPublicationListStatement(db, prepared, shape, isFirstPage, key)));
  const cursor = q.after ? decodeCursor(publicationListOrder, q.after) : [];
  const rows = await statement.execute({
    ...prepared.params,
    ...Object.fromEntries(cursor.map((v, i) => [`k${i}`, v])),
    q: shape.q ? likePattern(shape.q) : undefined,
    catalogItemId: shape.catalogItemId,
    category: shape.category,
    isLate: shape.isLate,
    yearStart: shape.year ? `${shape.year}-01-01` : undefined,
    yearEnd: shape.year ? `${shape.year}-12-31` : undefined,
    orgId: shape.orgId,
    limit: q.pageSize + 1,
  });
  return { rows, isFirstPage };
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
