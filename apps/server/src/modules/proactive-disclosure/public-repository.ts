import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { files } from '../../platform/files/tables.ts';
import { publicationSearch } from './repository.ts';
import { pdCatalogItems, pdPublications } from './tables.ts';

export interface PublicQuery {
  q?: string | undefined;
  category?: string | undefined;
  itemId?: string | undefined;
  year?: number | undefined;
  page: number;
  pageSize: number;
}

const published = (townshipId: string) =>
  and(eq(pdPublications.townshipId, townshipId), isNull(pdPublications.deletedAt), sql`${pdPublications.publishedOn} is not null`);

/**
 * Published information of a township for the public site (条例第二十三条: search, view, download):
 * only records with a publication date, never a pending or deleted one. One page and its count.
 */
export async function listPublishedInformation(db: DbOrTx, townshipId: string, q: PublicQuery) {
  const where = and(
    published(townshipId),
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
    q.year ? and(gte(pdPublications.publishedOn, `${q.year}-01-01`), lte(pdPublications.publishedOn, `${q.year}-12-31`)) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
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
      })
      .from(pdPublications)
      .where(where)
      .orderBy(desc(pdPublications.publishedOn), desc(pdPublications.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(pdPublications)
      .where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
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
