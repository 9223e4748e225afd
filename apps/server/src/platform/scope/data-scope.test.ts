import { and, asc, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPeople } from '../../modules/organisation/repository.ts';
import { encodeCursor } from '../db/keyset.ts';
import { people } from '../../modules/organisation/tables.ts';
import { makeTownship, makeUser, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { scopeWhere, type DataScope } from './data-scope.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let writerId: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db);
  b = await makeTownship(t.ctx.db, undefined, a.countyId);
  writerId = (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).id;
  const rows = [a, b].flatMap((f) =>
    [...f.departmentIds, ...f.villageIds].flatMap((orgId, i) => [
      { townshipId: f.townshipId, orgId, name: `甲${i}`, createdBy: writerId },
      { townshipId: f.townshipId, orgId, name: `乙${i}`, createdBy: null },
    ]),
  );
  await t.ctx.db.insert(people).values(rows);
});
afterAll(() => t.close());

const base = { userId: '', townshipId: null, isReadOnly: false };
const scopes = (): [string, DataScope][] => [
  ['all', { ...base, kind: 'all', townshipIds: 'all', orgIds: null }],
  ['countyRead', { ...base, kind: 'countyRead', townshipIds: [a.townshipId, b.townshipId], orgIds: null, isReadOnly: true }],
  ['township', { ...base, kind: 'township', townshipId: a.townshipId, townshipIds: [a.townshipId], orgIds: null }],
  ['org', { ...base, kind: 'org', townshipId: a.townshipId, townshipIds: [a.townshipId], orgIds: [a.villageIds[0]] }],
  [
    'orgAndBelow',
    { ...base, kind: 'orgAndBelow', townshipId: a.townshipId, townshipIds: [a.townshipId], orgIds: [a.departmentIds[0], a.villageIds[1]] },
  ],
  ['own', { ...base, kind: 'own', userId: writerId, townshipId: a.townshipId, townshipIds: [a.townshipId], orgIds: null }],
  ['empty', { ...base, kind: 'org', townshipId: a.townshipId, townshipIds: [a.townshipId], orgIds: [] }],
];

describe('prepared scope', () => {
  it.each(['all', 'countyRead', 'township', 'org', 'orgAndBelow', 'own', 'empty'])(
    'selects exactly what scopeWhere selects (%s)',
    async (name) => {
      const scope = scopes().find(([n]) => n === name)![1];
      const expected = await t.ctx.db
        .select({ id: people.id })
        .from(people)
        .where(
          and(
            isNull(people.deletedAt),
            scopeWhere(scope, { townshipId: people.townshipId, orgId: people.orgId, createdBy: people.createdBy }),
          ),
        )
        .orderBy(asc(people.id));
      const { rows } = await listPeople(t.ctx.db, scope, { pageSize: 200 });
      expect(rows.map((r) => r.person.id).sort()).toEqual(expected.map((r) => r.id).sort());
      expect(rows[0]?.total ?? 0).toBe(expected.length);
    },
  );

  it('pages and filters with the same statement shape', async () => {
    const scope = scopes()[2]![1];
    // pageSize + 1 rows: the extra one says a next page exists; its cursor is the third row's key.
    const page1 = await listPeople(t.ctx.db, scope, { pageSize: 3 });
    expect(page1.rows).toHaveLength(4);
    expect(page1.rows[0]?.total).toBe(8);
    const after = encodeCursor(page1.rows[2]!.cursor);
    const page2 = await listPeople(t.ctx.db, scope, { after, pageSize: 3 });
    expect(page2.rows[0]?.total).toBeNull();
    expect(new Set([...page1.rows.slice(0, 3), ...page2.rows.slice(0, 3)].map((r) => r.person.id)).size).toBe(6);
    expect(page2.rows[0]?.person.id).toBe(page1.rows[3]?.person.id);
    const filtered = await listPeople(t.ctx.db, scope, { pageSize: 20, q: '甲', orgId: a.villageIds[0] });
    expect(filtered.rows.map((r) => r.person.name)).toEqual(['甲2']);
  });
});
