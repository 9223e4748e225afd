import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { encodeCursor } from '../db/keyset.ts';
import { files } from './tables.ts';
import { walkPages } from '../../test/walk-pages.ts';

let t: TestApp;
let a: TownshipFixture;
let admin: Client;
const record = crypto.randomUUID();

type Item = { id: string; townshipId: string; createdAt?: string };

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  const b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', a.townshipId, a.townshipId)).username, TEST_PASSWORD);
  // Ties: six files in each of five instants; a third of them attached to one record; deleted ones; another township.
  const base = Date.UTC(2026, 10, 20, 2, 0);
  const row = (i: number, f: TownshipFixture, deletedAt: Date | null = null) => ({
    townshipId: f.townshipId,
    orgId: f.departmentIds[0]!,
    sha256: crypto.createHash('sha256').update(String(i)).digest('hex'),
    size: 10,
    contentType: 'application/pdf',
    originalName: `${i}.pdf`,
    entityType: i % 3 === 0 ? 'studySession' : null,
    entityId: i % 3 === 0 ? record : null,
    createdAt: new Date(base + Math.floor(i / 6) * 60_000),
    deletedAt,
  });
  await t.ctx.db
    .insert(files)
    .values([
      ...Array.from({ length: 30 }, (_, i) => row(i, a)),
      ...Array.from({ length: 4 }, (_, i) => row(i, a, new Date())),
      ...Array.from({ length: 5 }, (_, i) => row(i, b)),
    ]);
});
afterAll(() => t.close());

async function walk(pageSize: number, filter = '') {
  const { items, totals } = await walkPages<Item>(admin, `/api/files?pageSize=${pageSize}${filter}`);
  return { items, ids: items.map((f) => f.id), totals };
}

describe('the files list by cursor', () => {
  it('walks the township’s live files once, newest first', async () => {
    const all = await walk(200);
    const byFours = await walk(4);
    expect(byFours.ids).toEqual(all.ids);
    expect(new Set(all.ids).size).toBe(30);
    expect(all.items.every((f) => f.townshipId === a.townshipId)).toBe(true);
    expect(byFours.totals[0]).toEqual({ count: 30, isCapped: false });
    expect(byFours.totals.slice(1).every((x) => x === null)).toBe(true);
  });

  it('walks the files of one record', async () => {
    const filter = `&entityType=studySession&entityId=${record}`;
    const mine = await walk(3, filter);
    expect(mine.ids).toHaveLength(10);
    expect(mine.ids).toEqual((await walk(200, filter)).ids);
    expect(mine.totals[0]).toEqual({ count: 10, isCapped: false });
  });

  it('refuses a cursor it did not make, with 400 on `after`', async () => {
    for (const after of ['not-json', encodeCursor(['2026-11-20 02:00:00+00']), encodeCursor(['now', crypto.randomUUID()])]) {
      const res = await admin.get(`/api/files?after=${after}`);
      expect(res.statusCode, after).toBe(400);
      expect(res.json().invalidParams[0].name).toBe('querystring.after');
    }
  });
});
