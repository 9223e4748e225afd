import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns, idColumn } from '../../platform/db/columns.ts';

/**
 * 公开目录 (disclosureCatalog): the items the township publishes proactively, seeded from
 * 《政府信息公开条例》第二十条、第二十一条 for every township, with the 五公开 category, the
 * responsible office and the time limit in working days (第二十六条; per item, rules.md §1c).
 * org_id is the township (the catalogue is the township's); responsible_org_id the office.
 */
export const pdCatalogItems = pgTable(
  'pd_catalog_items',
  {
    id: idColumn(),
    ...businessColumns(),
    code: text('code'),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en'),
    category: text('category').notNull(),
    legalBasis: text('legal_basis').notNull(),
    timeLimitDays: integer('time_limit_days').notNull(),
    responsibleOrgId: uuid('responsible_org_id'),
    description: text('description'),
    sortOrder: integer('sort_order').notNull().default(0),
    isStatutory: boolean('is_statutory').notNull().default(false),
  },
  (t) => [
    check('pd_catalog_items_category_check', sql`${t.category} in ('decision', 'execution', 'management', 'service', 'result')`),
    index('pd_catalog_items_township_idx').on(t.townshipId, t.sortOrder),
    uniqueIndex('pd_catalog_items_code_uq')
      .on(t.townshipId, t.code)
      .where(sql`${t.deletedAt} is null and ${t.code} is not null`),
  ],
);

/**
 * 主动公开记录 (proactiveDisclosure publication): one piece of information, when it was formed and
 * when and where it was published (条例第二十三条 channels), with its due date (formed + the
 * item's limit, computed on the working-day calendar and stored with its explanation) and the
 * 逾期公开 flag. org_id: the office responsible (data scope).
 */
export const pdPublications = pgTable(
  'pd_publications',
  {
    id: idColumn(),
    ...businessColumns(),
    catalogItemId: uuid('catalog_item_id').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    indexNumber: text('index_number'),
    docNumber: text('doc_number'),
    formedOn: date('formed_on').notNull(),
    publishedOn: date('published_on'),
    channels: text('channels')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    timeLimitDays: integer('time_limit_days').notNull(),
    dueDate: date('due_date').notNull(),
    dueExplanationZh: text('due_explanation_zh').notNull(),
    isProvisional: boolean('is_provisional').notNull().default(false),
    isLate: boolean('is_late'),
    workingDaysLate: integer('working_days_late'),
    /** Attachments the public may download (the published file); every one is linked to this record. */
    publicFileIds: uuid('public_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
  },
  (t) => [
    index('pd_publications_township_published_idx').on(t.townshipId, t.publishedOn),
    index('pd_publications_township_item_idx').on(t.townshipId, t.catalogItemId),
    index('pd_publications_township_org_idx').on(t.townshipId, t.orgId),
    // The list's order (list-publications-query.ts publicationListOrder) after the township, one index range per
    // township of the scope: 待公开 first, then by publication (else formation) date, newest first.
    // The two dates once more as plain columns, last (Drizzle has no INCLUDE): PostgreSQL reads a
    // page's keys from the index alone only when every column its expressions use is in it (an
    // index-only scan: no heap visit for the 20 keys of each township of a county).
    index('pd_publications_list_idx')
      .on(
        t.townshipId,
        sql`(${t.publishedOn} is null)`,
        sql`coalesce(${t.publishedOn}, ${t.formedOn})`,
        t.createdAt,
        t.id,
        t.publishedOn,
        t.formedOn,
      )
      .where(sql`${t.deletedAt} is null`),
    // The same order within one catalogue item (the list filtered by item, the public site's item page).
    index('pd_publications_item_list_idx')
      .on(t.townshipId, t.catalogItemId, sql`(${t.publishedOn} is null)`, sql`coalesce(${t.publishedOn}, ${t.formedOn})`, t.createdAt, t.id)
      .where(sql`${t.deletedAt} is null`),
  ],
);

/** 公开栏 (bulletinBoard): the township's own and one per village / community, with its update rhythm. */
export const pdBulletinBoards = pgTable(
  'pd_bulletin_boards',
  {
    id: idColumn(),
    ...businessColumns(),
    name: text('name').notNull(),
    location: text('location'),
    rhythm: text('rhythm').notNull().default('monthly'),
    /** The day the board counts from: periods ended before it are not required. */
    sinceOn: date('since_on').notNull(),
  },
  (t) => [
    check('pd_bulletin_boards_rhythm_check', sql`${t.rhythm} in ('monthly', 'quarterly')`),
    uniqueIndex('pd_bulletin_boards_org_uq')
      .on(t.orgId)
      .where(sql`${t.deletedAt} is null`),
    index('pd_bulletin_boards_township_idx').on(t.townshipId),
  ],
);

/** An update of a board (photos as attachments, entity type bulletinBoardUpdate). */
export const pdBulletinBoardUpdates = pgTable(
  'pd_bulletin_board_updates',
  {
    id: idColumn(),
    ...businessColumns(),
    boardId: uuid('board_id').notNull(),
    updatedOn: date('updated_on').notNull(),
    contentSummary: text('content_summary').notNull(),
  },
  (t) => [
    index('pd_bulletin_board_updates_board_idx').on(t.boardId, t.updatedOn),
    index('pd_bulletin_board_updates_township_idx').on(t.townshipId, t.updatedOn),
  ],
);

/** 村务公开 / 党务公开 of a village for one period (month or quarter); photos as attachments. */
export const pdVillageDisclosures = pgTable(
  'pd_village_disclosures',
  {
    id: idColumn(),
    ...businessColumns(),
    kind: text('kind').notNull(),
    periodKey: text('period_key').notNull(),
    year: integer('year').notNull(),
    disclosedOn: date('disclosed_on').notNull(),
    contentSummary: text('content_summary').notNull(),
  },
  (t) => [
    check('pd_village_disclosures_kind_check', sql`${t.kind} in ('villageAffairs', 'partyAffairs')`),
    uniqueIndex('pd_village_disclosures_period_uq')
      .on(t.orgId, t.kind, t.periodKey)
      .where(sql`${t.deletedAt} is null`),
    index('pd_village_disclosures_township_idx').on(t.townshipId, t.year),
    // The list's order (list-village-disclosures-query.ts villageDisclosureListOrder) after the township.
    index('pd_village_disclosures_list_idx')
      .on(t.townshipId, t.periodKey, t.orgId, t.kind, t.id)
      .where(sql`${t.deletedAt} is null`),
  ],
);

/** The settings the disclosure guide (政府信息公开指南, 条例第十二条) is generated from: one per township. */
export const pdGuideSettings = pgTable(
  'pd_guide_settings',
  {
    id: idColumn(),
    ...businessColumns(),
    officeName: text('office_name').notNull(),
    address: text('address').notNull(),
    officeHours: text('office_hours').notNull(),
    phone: text('phone').notNull(),
    fax: text('fax'),
    email: text('email'),
    onlineContact: text('online_contact'),
    postalCode: text('postal_code'),
    feesNote: text('fees_note'),
    extraNote: text('extra_note'),
  },
  (t) => [
    uniqueIndex('pd_guide_settings_township_uq')
      .on(t.townshipId)
      .where(sql`${t.deletedAt} is null`),
  ],
);
