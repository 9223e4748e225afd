import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { VillageDisclosureListQuery } from '@yifa/domain/proactive-disclosure';
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
import { files } from '../../platform/files/tables.ts';
import { preparedScope, type DataScope, type PreparedScope } from '../../platform/scope/data-scope.ts';
import { VILLAGE_DISCLOSURE_ENTITY } from './entities.ts';
import { pdVillageDisclosures } from './tables.ts';

/**
 * The village disclosures' order: the latest period first, then village by village (its id: a stable,
 * not a meaningful, order), both kinds of a period together. One direction, matching
 * pd_village_disclosures_list_idx after its township.
 */
export const villageDisclosureListOrder: KeysetOrder = {
  keys: [
    { expr: pdVillageDisclosures.periodKey, type: 'text' },
    { expr: pdVillageDisclosures.orgId, type: 'uuid' },
    { expr: pdVillageDisclosures.kind, type: 'text' },
    { expr: pdVillageDisclosures.id, type: 'uuid' },
  ],
  direction: 'desc',
};

/** A photo of a disclosure as the list's statement returns it (json): the file row's shown columns. */
export interface VillageDisclosureFileJson {
  id: string;
  townshipId: string;
  orgId: string;
  originalName: string;
  contentType: string;
  size: number;
  sha256: string;
  entityType: string | null;
  entityId: string | null;
  /** timestamptz as text, the same text the driver would turn into a Date. */
  createdAt: string;
  createdBy: string | null;
  version: number;
}

type VillageDisclosureListShape = Pick<VillageDisclosureListQuery, 'orgId' | 'kind' | 'year'>;

const v = pdVillageDisclosures;

/** The list's filters as placeholders: which ones apply is the statement's shape, their values its parameters. */
function villageDisclosureListFilter(scope: PreparedScope, f: VillageDisclosureListShape): SQL {
  return and(
    isNull(v.deletedAt),
    scope.where({ townshipId: v.townshipId, orgId: v.orgId, createdBy: v.createdBy }),
    f.orgId ? sql`${v.orgId} = ${sql.placeholder('orgId')}` : undefined,
    f.kind ? sql`${v.kind} = ${sql.placeholder('kind')}` : undefined,
    // A year as a range of the period key, the order's first key (a key starts with its year:
    // 2026-03, 2026-Q1, and `year` is stored from it): one index range per township, index-only.
    // `year = …` instead walked a township's newer periods row by row (county, 2018: 24 ms → 0.5 ms).
    f.year ? sql`${v.periodKey} >= ${sql.placeholder('periodFrom')} and ${v.periodKey} < ${sql.placeholder('periodTo')}` : undefined,
  ) as SQL;
}

/** The list's order over the page's keys, as the merge (`k`) and the page (`page`) name their columns. */
function keysOrder(alias: 'k' | 'page'): KeysetOrder {
  return {
    keys: [
      { expr: sql.raw(`${alias}.period_key`), type: 'text' },
      { expr: sql.raw(`${alias}.org_id`), type: 'uuid' },
      { expr: sql.raw(`${alias}.kind`), type: 'text' },
      { expr: sql.raw(`${alias}.id`), type: 'uuid' },
    ],
    direction: 'desc',
  };
}

const villageDisclosureListStatements = new WeakMap<object, Map<string, ReturnType<typeof buildVillageDisclosureListStatement>>>();

/**
 * One page of village disclosures in one round trip, for one township or twenty alike. The inner
 * query finds the page's keys only: for each township of the scope (a lateral join) the first
 * `limit` keys after the cursor come from one range of pd_village_disclosures_list_idx (an
 * index-only scan: every key is in the index), and only those are merged and cut to the page. Then
 * the page's ≤ limit rows are read by id, with the village's name and the photos as scalar
 * subqueries, evaluated for those rows only (bench/county: reading whole rows per township read
 * 441 rows from the heap for 21 shown, and the names and photos took two more round trips).
 */
function buildVillageDisclosureListStatement(
  db: DbOrTx,
  scope: PreparedScope,
  f: VillageDisclosureListShape,
  total: ListTotal,
  limit: PageLimit,
  name: string,
) {
  const isFirstPage = total !== null;
  const filter = villageDisclosureListFilter(scope, f);
  const order = villageDisclosureListOrder;
  const after = isFirstPage ? undefined : keysetAfterPlaceholders(order);
  const pageKeys = pageKeysByTownship(scope, {
    table: v,
    townshipId: v.townshipId,
    columns: sql`${v.id}, ${v.periodKey}, ${v.orgId}, ${v.kind}`,
    where: and(filter, after),
    order,
    merged: keysOrder('k'),
    limit,
  });
  // The photos as one json array per row, oldest first; the files' own scope applies as in any lookup.
  const photos = sql<VillageDisclosureFileJson[] | null>`(
    select json_agg(json_build_object(
      'id', ${files.id}, 'townshipId', ${files.townshipId}, 'orgId', ${files.orgId},
      'originalName', ${files.originalName}, 'contentType', ${files.contentType}, 'size', ${files.size},
      'sha256', ${files.sha256}, 'entityType', ${files.entityType}, 'entityId', ${files.entityId},
      'createdAt', ${files.createdAt}::text, 'createdBy', ${files.createdBy}, 'version', ${files.version}
    ) order by ${files.createdAt}, ${files.id})
    from ${files}
    where ${and(
      eq(files.entityType, VILLAGE_DISCLOSURE_ENTITY),
      sql`${files.entityId} = ${v.id}`,
      isNull(files.deletedAt),
      scope.where({ townshipId: files.townshipId, orgId: files.orgId, createdBy: files.createdBy }),
    )}
  )`;
  return db
    .select({
      id: v.id,
      townshipId: v.townshipId,
      orgId: v.orgId,
      createdBy: v.createdBy,
      kind: v.kind,
      periodKey: v.periodKey,
      disclosedOn: v.disclosedOn,
      contentSummary: v.contentSummary,
      version: v.version,
      createdAt: v.createdAt,
      orgName: sql<string | null>`(select o.name from orgs o where o.id = ${v.orgId})`,
      files: photos,
      cursor: keysetCursorField(keysOrder('page')),
      total: totalField(total, keptTotalField('villageDisclosures', scope), () =>
        db
          .select({ one: sql`1` })
          .from(v)
          .where(filter),
      ),
    })
    .from(pageKeys)
    .innerJoin(v, sql`${v.id} = page.id`)
    .orderBy(...keysetOrderBy(keysOrder('page')))
    .prepare(name);
}

/** A page of the village / party affairs disclosures in the caller's scope, by cursor, with names and photos. */
export async function listVillageDisclosures(db: DbOrTx, scope: DataScope, q: VillageDisclosureListQuery) {
  const prepared = preparedScope(scope);
  const isFirstPage = !q.after;
  const shape: VillageDisclosureListShape = { orgId: q.orgId, kind: q.kind, year: q.year };
  const flags = `${shape.orgId ? 'o' : ''}${shape.kind ? 'k' : ''}${shape.year ? 'y' : ''}`;
  const total = firstPageTotal('villageDisclosures', scope, isFirstPage, flags !== '');
  const key = `pd_village_disclosures_list_${prepared.key}_${flags}_${total ?? 'next'}`;
  const statement = statementFor(villageDisclosureListStatements, db, key, q.pageSize + 1, (on, limit, name) =>
    buildVillageDisclosureListStatement(on, prepared, shape, total, limit, name),
  );
  const cursor = q.after ? decodeCursor(villageDisclosureListOrder, q.after) : [];
  const rows = await statement.execute({
    ...prepared.params,
    ...cursorParams(cursor),
    orgId: shape.orgId,
    kind: shape.kind,
    periodFrom: shape.year ? String(shape.year) : undefined,
    periodTo: shape.year ? String(shape.year + 1) : undefined,
  });
  return { rows, isFirstPage };
}
