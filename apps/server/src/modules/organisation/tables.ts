import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { auditColumns, idColumn } from '../../platform/db/columns.ts';

/**
 * The org tree: county → township → department / village (glossary "Organisation").
 * `path` is the materialised path of ids ("/county/township/dept/") for "this org and below".
 * `township_id` is the township the node belongs to (its own id for a township; null for a county).
 */
export const orgs = pgTable(
  'orgs',
  {
    id: idColumn(),
    townshipId: uuid('township_id'),
    parentId: uuid('parent_id'),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    divisionCode: text('division_code'),
    path: text('path').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    isDemo: boolean('is_demo').notNull().default(false),
    ...auditColumns(),
  },
  (t) => [
    check('orgs_kind_check', sql`${t.kind} in ('county', 'township', 'department', 'village', 'community')`),
    check('orgs_township_check', sql`(${t.kind} = 'county') = (${t.townshipId} is null)`),
    index('orgs_township_idx').on(t.townshipId),
    index('orgs_parent_idx').on(t.parentId),
    index('orgs_path_idx').on(t.path),
    uniqueIndex('orgs_division_code_uq')
      .on(t.divisionCode)
      .where(sql`${t.deletedAt} is null and ${t.divisionCode} is not null`),
  ],
);

/**
 * Cadres (干部): the people on a township's roll. Phone and ID number are personal data:
 * stored encrypted (AES-256-GCM, key in the data folder) with a masked copy for lists
 * (个人信息保护法 Art. 51; rules.md §12).
 */
export const people = pgTable(
  'people',
  {
    id: idColumn(),
    townshipId: uuid('township_id').notNull(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    post: text('post'),
    isLeader: boolean('is_leader').notNull().default(false),
    isCivilServant: boolean('is_civil_servant').notNull().default(false),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    idNumberEnc: text('id_number_enc'),
    idNumberMasked: text('id_number_masked'),
    /** HMAC of the ID number: finds duplicates without decrypting. */
    idNumberHash: text('id_number_hash'),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
    ...auditColumns(),
  },
  (t) => [
    index('people_township_org_idx').on(t.townshipId, t.orgId),
    // The roll's order (repository.ts peopleListOrder): a page is an index range, never a sort.
    index('people_list_idx')
      .on(t.townshipId, t.orgId, sql`(not ${t.isLeader})`, t.name, t.id)
      .where(sql`${t.deletedAt} is null`),
    uniqueIndex('people_id_number_uq')
      .on(t.townshipId, t.idNumberHash)
      .where(sql`${t.deletedAt} is null and ${t.idNumberHash} is not null`),
  ],
);

export const roles = pgTable(
  'roles',
  {
    id: idColumn(),
    /** Null for the built-in roles, shared by every township. */
    townshipId: uuid('township_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    isBuiltin: boolean('is_builtin').notNull().default(false),
    dataScope: text('data_scope').notNull(),
    permissions: text('permissions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ...auditColumns(),
  },
  (t) => [
    check('roles_scope_check', sql`${t.dataScope} in ('own', 'org', 'orgAndBelow', 'township', 'countyRead', 'all')`),
    uniqueIndex('roles_code_uq')
      .on(sql`coalesce(${t.townshipId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.code)
      .where(sql`${t.deletedAt} is null`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: idColumn(),
    /** Null for the system administrator and county reviewers (they are above any township). */
    townshipId: uuid('township_id'),
    orgId: uuid('org_id'),
    personId: uuid('person_id'),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    totpSecretEnc: text('totp_secret_enc'),
    isTotpEnabled: boolean('is_totp_enabled').notNull().default(false),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    isActive: boolean('is_active').notNull().default(true),
    locale: text('locale').notNull().default('zh-CN'),
    ...auditColumns(),
  },
  (t) => [
    uniqueIndex('users_username_uq')
      .on(sql`lower(${t.username})`)
      .where(sql`${t.deletedAt} is null`),
    index('users_township_idx').on(t.townshipId),
    index('users_list_idx')
      .on(t.username, t.id)
      .where(sql`${t.deletedAt} is null`),
    // "Has this cadre an account?" is asked for every row of a people list.
    index('users_person_idx')
      .on(t.personId)
      .where(sql`${t.deletedAt} is null`),
  ],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleId] })],
);
