import { and, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PublicationListQuery } from '@yifa/domain/proactive-disclosure';
import type { DbOrTx } from '../../platform/db/client.ts';
import { decodeCursor, keysetCursorField, keysetOrderBy, type KeysetOrder } from '../../platform/db/keyset.ts';
import {
  cursorParams,
  keysetAfterPlaceholders,
  pageKeysByTownship,
  statementFor,
  type PageLimit,
} from '../../platform/db/prepared-lists.ts';
import { firstPageTotal, keptTotalField, totalField, type ListTotal } from '../../platform/list-counts/list-counts.ts';
import { preparedScope, type DataScope, type PreparedScope } from '../../platform/scope/data-scope.ts';
import { likePattern } from './repository.ts';
import { pdCatalogItems, pdPublications } from './tables.ts';

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

const p = pdPublications;

/** The list's filters as placeholders: which ones apply is the statement's shape, their values its parameters. */
function publicationListFilter(scope: PreparedScope, f: PublicationListShape): SQL {
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

/** The list's order over the page's keys, as the merge (`k`) and the page (`page`) name their columns. */
function keysOrder(alias: 'k' | 'page'): KeysetOrder {
  return {
    keys: [
      { expr: sql.raw(`${alias}.k0`), type: 'bool' },
      { expr: sql.raw(`${alias}.k1`), type: 'date' },
      { expr: sql.raw(`${alias}.created_at`), type: 'timestamptz' },
      { expr: sql.raw(`${alias}.id`), type: 'uuid' },
    ],
    direction: 'desc',
  };
}

const publicationListStatements = new WeakMap<object, Map<string, ReturnType<typeof buildPublicationListStatement>>>();

/**
 * One page of publications in one round trip, for one township or twenty alike. The inner query
 * finds the page's sort keys only: for each township of the scope (a lateral join) the first
 * `limit` keys after the cursor come from one range of pd_publications_list_idx (or
 * pd_publications_item_list_idx with an item), and only those (≤ townships × limit) are merged and
 * cut to the page. Then the page's ≤ limit rows are read by id, with the catalogue item's title and
 * category joined, for those rows only. Neither a township's nor the county's scope is
 * ever sorted whole, and the merge sorts narrow keys, not 441 whole rows (bench/county: the
 * county's later page 1.1 → 0.6 ms).
 */
function buildPublicationListStatement(
  db: DbOrTx,
  scope: PreparedScope,
  f: PublicationListShape,
  total: ListTotal,
  limit: PageLimit,
  name: string,
) {
  const isFirstPage = total !== null;
  const filter = publicationListFilter(scope, f);
  const order = publicationListOrder;
  const after = isFirstPage ? undefined : keysetAfterPlaceholders(order);
  const pageKeys = pageKeysByTownship(scope, {
    table: p,
    townshipId: p.townshipId,
    columns: sql`${p.id}, ${p.createdAt}, ${order.keys[0]!.expr} as k0, ${order.keys[1]!.expr} as k1`,
    where: and(filter, after),
    order,
    merged: keysOrder('k'),
    limit,
  });
  return (
    db
      .select({
        id: p.id,
        townshipId: p.townshipId,
        orgId: p.orgId,
        createdBy: p.createdBy,
        createdAt: p.createdAt,
        version: p.version,
        catalogItemId: p.catalogItemId,
        title: p.title,
        summary: p.summary,
        indexNumber: p.indexNumber,
        docNumber: p.docNumber,
        formedOn: p.formedOn,
        publishedOn: p.publishedOn,
        channels: p.channels,
        timeLimitDays: p.timeLimitDays,
        dueDate: p.dueDate,
        dueExplanationZh: p.dueExplanationZh,
        isProvisional: p.isProvisional,
        isLate: p.isLate,
        workingDaysLate: p.workingDaysLate,
        publicFileIds: p.publicFileIds,
        catalogItemTitle: pdCatalogItems.titleZh,
        category: pdCatalogItems.category,
        cursor: keysetCursorField(keysOrder('page')),
        total: totalField(total, keptTotalField('publications', scope), () =>
          db
            .select({ one: sql`1` })
            .from(p)
            .where(filter),
        ),
      })
      .from(pageKeys)
      .innerJoin(p, sql`${p.id} = page.id`)
      // The item's title and category with one lookup a row (two scalar subqueries made two).
      .leftJoin(pdCatalogItems, eq(pdCatalogItems.id, p.catalogItemId))
      .orderBy(...keysetOrderBy(keysOrder('page')))
      .prepare(name)
  );
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
  const total = firstPageTotal('publications', scope, isFirstPage, flags !== '');
  const key = `pd_publications_list_${prepared.key}_${flags}_${total ?? 'next'}`;
  const statement = statementFor(publicationListStatements, db, key, q.pageSize + 1, (on, limit, name) =>
    buildPublicationListStatement(on, prepared, shape, total, limit, name),
  );
  const cursor = q.after ? decodeCursor(publicationListOrder, q.after) : [];
  const rows = await statement.execute({
    ...prepared.params,
    ...cursorParams(cursor),
    q: shape.q ? likePattern(shape.q) : undefined,
    catalogItemId: shape.catalogItemId,
    category: shape.category,
    isLate: shape.isLate,
    yearStart: shape.year ? `${shape.year}-01-01` : undefined,
    yearEnd: shape.year ? `${shape.year}-12-31` : undefined,
    orgId: shape.orgId,
  });
  return { rows, isFirstPage };
}
