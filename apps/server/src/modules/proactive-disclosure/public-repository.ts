import { PAGE_COUNT_CAP } from '@yifa/domain';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { files } from '../../platform/files/tables.ts';
import {
  cappedTotalField,
  decodeCursor,
  encodeCursor,
  keysetAfter,
  keysetCursorField,
  keysetOrderBy,
  type KeysetOrder,
} from '../../platform/db/keyset.ts';
import { publicationListOrder } from './list-publications-query.ts';
import { publicationSearch } from './repository.ts';
import { pdCatalogItems, pdPublications } from './tables.ts';

export interface PublicQuery {
  q?: string | undefined;
  category?: string | undefined;
  itemId?: string | undefined;
  year?: number | undefined;
  /** The cursor of the last row of the page before (next page) … */
  after?: string | undefined;
  /** … or of the first row of the page after (previous page). */
  before?: string | undefined;
  pageSize: number;
}

const published = (townshipId: string) =>
  and(eq(pdPublications.townshipId, townshipId), isNull(pdPublications.deletedAt), sql`${pdPublications.publishedOn} is not null`);

/**
 * Published information of a township for the public site (条例第二十三条: search, view, download):
 * only records with a publication date, never a pending or deleted one. Newest first, in the staff
 * list's order (publicationListOrder, its first key always "published"), so the same index range
 * serves it: a page never sorts or counts the township's publications. A previous page is the same
 * range read the other way from the first row shown. The total is counted on a first page only,
 * and only up to the cap.
 */
export async function listPublishedInformation(db: DbOrTx, townshipId: string, q: PublicQuery) {
  const where = and(
    published(townshipId),
    sql`(${pdPublications.publishedOn} is null) = false`,
    publicationSearch(q.q),
    q.itemId ? eq(pdPublications.catalogItemId, q.itemId) : undefined,
    q.category
      ? inArray(
          pdPublications.catalogItemId,
          db
            .select({ id: pdCatalogItems.id })
            .from(pdCatalogItems)
            .where(and(eq(pdCatalogItems.townshipId, townshipId), eq(pdCatalogItems.category, q.category))),
        )
      : undefined,
    // The year as a range of the order's date key (published, so it is the publication date).
    q.year
      ? sql`coalesce(${pdPublications.publishedOn}, ${pdPublications.formedOn}) between ${`${q.year}-01-01`}::date and ${`${q.year}-12-31`}::date`
      : undefined,
  );
  const isBackwards = !!q.before;
  const order: KeysetOrder = isBackwards ? { ...publicationListOrder, direction: 'asc' } : publicationListOrder;
  const cursor = q.before ?? q.after;
  const isFirstPage = !cursor;
  const rows = await db
    .select({
      id: pdPublications.id,
      title: pdPublications.title,
      summary: pdPublications.summary,
      indexNumber: pdPublications.indexNumber,
      docNumber: pdPublications.docNumber,
      formedOn: pdPublications.formedOn,
      publishedOn: pdPublications.publishedOn,
      catalogItemId: pdPublications.catalogItemId,
      publicFileIds: pdPublications.publicFileIds,
      cursor: keysetCursorField(order),
      total: isFirstPage
        ? cappedTotalField(
            db
              .select({ one: sql`1` })
              .from(pdPublications)
              .where(where),
          )
        : sql<null>`null`,
    })
    .from(pdPublications)
    .where(and(where, cursor ? keysetAfter(order, decodeCursor(order, cursor)) : undefined))
    .orderBy(...keysetOrderBy(order))
    .limit(q.pageSize + 1);
  const page = rows.slice(0, q.pageSize);
  const hasMore = rows.length > q.pageSize;
  if (isBackwards) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  const counted = isFirstPage ? Number(rows[0]?.total ?? 0) : null;
  return {
    rows: page,
    total: counted === null ? null : { count: Math.min(counted, PAGE_COUNT_CAP), isCapped: counted > PAGE_COUNT_CAP },
    // Going back, the page we came from is next; going on, the page we came from is previous.
    nextCursor: (isBackwards ? !!last : hasMore && !!last) ? encodeCursor(last!.cursor) : null,
    previousCursor: (isBackwards ? hasMore && !!first : !isFirstPage && !!first) ? encodeCursor(first!.cursor) : null,
  };
}

export async function findPublishedInformation(db: DbOrTx, townshipId: string, id: string) {
  const rows = await db
    .select()
    .from(pdPublications)
    .where(and(eq(pdPublications.id, id), published(townshipId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function publicCatalog(db: DbOrTx, townshipId: string) {
  return db
    .select()
    .from(pdCatalogItems)
    .where(and(eq(pdCatalogItems.townshipId, townshipId), isNull(pdCatalogItems.deletedAt)))
    .orderBy(asc(pdCatalogItems.sortOrder), asc(pdCatalogItems.createdAt));
}

/** The public files of some publications: marked public on the record AND linked to it AND not deleted. */
export async function publicFilesOf(db: DbOrTx, townshipId: string, pubs: readonly { id: string; publicFileIds: string[] }[]) {
  const ids = pubs.flatMap((p) => p.publicFileIds);
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: files.id, entityId: files.entityId, originalName: files.originalName, size: files.size, contentType: files.contentType })
    .from(files)
    .where(
      and(inArray(files.id, ids), eq(files.townshipId, townshipId), eq(files.entityType, 'proactivePublication'), isNull(files.deletedAt)),
    );
  return rows.filter((f) => pubs.some((p) => p.id === f.entityId && p.publicFileIds.includes(f.id)));
}

export async function findPublicFileRow(db: DbOrTx, townshipId: string, fileId: string) {
  const rows = await db
    .select()
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.townshipId, townshipId), isNull(files.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}
