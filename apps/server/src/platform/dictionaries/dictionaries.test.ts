import { DICTIONARIES, DICTIONARY_CODES, type Dictionary, type DictionaryEntry } from '@yifa/domain';
import { and, eq } from 'drizzle-orm';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgs, roles, userRoles } from '../../modules/organisation/tables.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { auditLog } from '../audit/tables.ts';
import { assertDictionaryCode, dictionaryLabels, seedBuiltinDictionaryEntries } from './index.ts';
import { dictionaryEntries } from './tables.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let adminA: Client;
let adminB: Client;
let staffA: Client;
let reviewerA: Client; // county reviewer of a's county
let sysAdmin: Client;
let noDictionary: Client; // a custom role without platform:dictionary:read

const as = async (role: string, orgId: string | null, townshipId: string | null) =>
  login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
const dictionaryOf = (list: Dictionary[], code: string) => list.find((d) => d.code === code)!;
const entryOf = async (client: Client, dictionary: string, code: string): Promise<DictionaryEntry> =>
  dictionaryOf((await client.get('/api/dictionaries?includeInactive=1')).json(), dictionary).entries.find((e) => e.code === code)!;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db);
  b = await makeTownship(t.ctx.db);
  adminA = await as('townshipAdmin', a.townshipId, a.townshipId);
  adminB = await as('townshipAdmin', b.townshipId, b.townshipId);
  staffA = await as('officeStaff', a.departmentIds[0], a.townshipId);
  reviewerA = await as('countyReviewer', a.countyId, null);
  sysAdmin = await as('systemAdmin', null, null);
  const [role] = await t.ctx.db
    .insert(roles)
    .values({ townshipId: a.townshipId, code: 'orgOnly', name: '只看机构', dataScope: 'township', permissions: ['org:org:read'] })
    .returning();
  const u = await makeUser(t.ctx.db, 'officeStaff', a.departmentIds[0], a.townshipId);
  await t.ctx.db.delete(userRoles).where(eq(userRoles.userId, u.id));
  await t.ctx.db.insert(userRoles).values({ userId: u.id, roleId: role!.id });
  noDictionary = await login(t.app, u.username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('seeding', () => {
  it('gives a new township every built-in entry, in catalogue order', async () => {
    const list: Dictionary[] = (await staffA.get('/api/dictionaries')).json();
    expect(list.map((d) => d.code)).toEqual(DICTIONARY_CODES);
    expect(dictionaryOf(list, 'activityKind').entries.map((e) => e.code)).toEqual([
      'theoryCenterGroup',
      'collective',
      'preMeeting',
      'lecture',
      'trainingClass',
      'leaderTrainingClass',
    ]);
    expect(dictionaryOf(list, 'venueType').entries.map((e) => e.code)).toEqual([
      'agency',
      'village',
      'community',
      'school',
      'enterprise',
      'unit',
    ]);
    expect(dictionaryOf(list, 'channel').entries[0]).toMatchObject({ code: 'broadcast', labelZh: '广播', isBuiltin: true, isActive: true });
    const total = Object.values(DICTIONARIES).reduce((n, d) => n + d.entries.length, 0);
    expect(list.reduce((n, d) => n + d.entries.length, 0)).toBe(total);
  });

  it('fills in townships made before, idempotently, without undoing a township\u2019s edits', async () => {
    const countyPath = (await t.ctx.db.select().from(orgs).where(eq(orgs.id, a.countyId)))[0]!.path;
    const bare = crypto.randomUUID();
    await t.ctx.db
      .insert(orgs)
      .values({ id: bare, townshipId: bare, parentId: a.countyId, kind: 'township', name: '旧乡', path: `${countyPath}${bare}/` });
    const lecture = await entryOf(adminA, 'activityKind', 'lecture');
    await adminA.patch(`/api/dictionaries/activityKind/entries/${lecture.id}`, {
      labelZh: '法治专题讲座',
      isActive: false,
      version: lecture.version,
    });

    const inserted = await seedBuiltinDictionaryEntries(t.ctx.db, 'all');
    const total = Object.values(DICTIONARIES).reduce((n, d) => n + d.entries.length, 0);
    expect(inserted).toBe(total);
    expect(await seedBuiltinDictionaryEntries(t.ctx.db, 'all')).toBe(0);
    expect(await t.ctx.db.select().from(dictionaryEntries).where(eq(dictionaryEntries.townshipId, bare))).toHaveLength(total);
    expect(await entryOf(adminA, 'activityKind', 'lecture')).toMatchObject({ labelZh: '法治专题讲座', isActive: false });
  });
});

describe('GET /dictionaries', () => {
  it('shows active entries by default and all with includeInactive=1', async () => {
    const unit = await entryOf(adminA, 'venueType', 'unit');
    await adminA.patch(`/api/dictionaries/venueType/entries/${unit.id}`, { isActive: false, version: unit.version });
    const active = dictionaryOf((await staffA.get('/api/dictionaries')).json(), 'venueType').entries.map((e) => e.code);
    expect(active).not.toContain('unit');
    const all = dictionaryOf((await staffA.get('/api/dictionaries?includeInactive=1')).json(), 'venueType').entries.map((e) => e.code);
    expect(all).toContain('unit');
    // Township b is untouched.
    expect(dictionaryOf((await adminB.get('/api/dictionaries')).json(), 'venueType').entries.map((e) => e.code)).toContain('unit');
  });

  it('lets a caller who sees several townships name one inside their scope', async () => {
    const missing = await sysAdmin.get('/api/dictionaries');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('REQUEST.VALIDATION_FAILED');
    const list = (await sysAdmin.get(`/api/dictionaries?townshipId=${a.townshipId}`)).json();
    expect(list[0].townshipId).toBe(a.townshipId);
    expect((await sysAdmin.get(`/api/dictionaries?townshipId=${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await reviewerA.get(`/api/dictionaries?townshipId=${a.townshipId}`)).statusCode).toBe(200);
    // A county of one township: its reviewer reads it without naming it (pick lists on other pages).
    const c = await makeTownship(t.ctx.db);
    const reviewerC = await as('countyReviewer', c.countyId, null);
    expect((await reviewerC.get('/api/dictionaries')).json()[0].townshipId).toBe(c.townshipId);
    const other = await reviewerA.get(`/api/dictionaries?townshipId=${b.townshipId}`);
    expect(other.statusCode).toBe(404);
    expect((await staffA.get(`/api/dictionaries?townshipId=${b.townshipId}`)).statusCode).toBe(404);
  });

  it('tells each caller what they may do: only the township administrator edits, a built-in entry is never deleted', async () => {
    const venue = async (client: Client, query = '') => dictionaryOf((await client.get(`/api/dictionaries${query}`)).json(), 'venueType');
    const mine = await venue(adminA);
    expect(mine.abilities).toEqual({ createEntry: true });
    expect(mine.entries.find((e) => e.isBuiltin)?.abilities).toEqual({ update: true, delete: false });
    const custom = await adminB.post('/api/dictionaries/venueType/entries', { code: 'abilityProbe', labelZh: '文化礼堂' });
    expect(custom.json().abilities).toEqual({ update: true, delete: true });
    for (const [client, query] of [
      [staffA, ''],
      [reviewerA, `?townshipId=${a.townshipId}`],
      [sysAdmin, `?townshipId=${a.townshipId}`],
    ] as const) {
      const seen = await venue(client, query);
      expect(seen.abilities).toEqual({ createEntry: false });
      expect(seen.entries.every((e) => !e.abilities.update && !e.abilities.delete)).toBe(true);
    }
  });

  it('answers 401, 403 and 400', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/dictionaries' })).statusCode).toBe(401);
    const forbidden = await noDictionary.get('/api/dictionaries');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('AUTH.FORBIDDEN');
    for (const url of ['/api/dictionaries?includeInactive=yes', '/api/dictionaries?townshipId=x', '/api/dictionaries?foo=1']) {
      expect((await staffA.get(url)).json().code, url).toBe('REQUEST.VALIDATION_FAILED');
    }
  });
});

describe('POST /dictionaries/:dictionary/entries', () => {
  it('adds a custom entry at the end, audited', async () => {
    const res = await adminA.post('/api/dictionaries/channel/entries', {
      code: 'villageLoudspeaker',
      labelZh: '村村响大喇叭',
      labelEn: 'Village loudspeakers',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'villageLoudspeaker', isBuiltin: false, isActive: true, sortOrder: 60 });
    const entries = dictionaryOf((await staffA.get('/api/dictionaries')).json(), 'channel').entries;
    expect(entries.at(-1)?.code).toBe('villageLoudspeaker');
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, res.json().id), eq(auditLog.action, 'platform.dictionary.create')));
    expect(audit[0]?.townshipId).toBe(a.townshipId);
    // Township b does not see a's entry.
    expect(dictionaryOf((await adminB.get('/api/dictionaries')).json(), 'channel').entries.map((e) => e.code)).not.toContain(
      'villageLoudspeaker',
    );
  });

  it('gives an entry named only in Chinese a code (custom1, custom2) and its Chinese label in English', async () => {
    const first = await adminA.post('/api/dictionaries/venueType/entries', { labelZh: '农贸市场' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ code: 'custom1', labelZh: '农贸市场', labelEn: '农贸市场', isBuiltin: false });
    const second = await adminA.post('/api/dictionaries/venueType/entries', { labelZh: '车站码头', labelEn: 'Stations and piers' });
    expect(second.json()).toMatchObject({ code: 'custom2', labelEn: 'Stations and piers' });
  });

  it('refuses a code the dictionary already has', async () => {
    const res = await adminA.post('/api/dictionaries/activityKind/entries', { code: 'lecture', labelZh: '讲座', labelEn: 'Lecture' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('DICTIONARY.CODE_TAKEN');
  });

  it('answers 401, 403 and 400', async () => {
    const body = { code: 'x1', labelZh: '甲', labelEn: 'A' };
    expect((await t.app.inject({ method: 'POST', url: '/api/dictionaries/channel/entries', payload: body })).statusCode).toBe(401);
    for (const client of [staffA, reviewerA, sysAdmin]) {
      const res = await client.post('/api/dictionaries/channel/entries', body);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('AUTH.FORBIDDEN');
    }
    for (const [url, bad] of [
      ['/api/dictionaries/noSuchDictionary/entries', body],
      ['/api/dictionaries/channel/entries', { ...body, code: '广播' }],
      ['/api/dictionaries/channel/entries', { ...body, labelZh: '' }],
      ['/api/dictionaries/channel/entries', { ...body, isBuiltin: true }],
    ] as const) {
      const res = await adminA.post(url, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
    }
  });
});

describe('PATCH and DELETE /dictionaries/:dictionary/entries/:id', () => {
  it('relabels and reorders a built-in entry but never changes its code', async () => {
    const led = await entryOf(adminA, 'channel', 'led');
    const res = await adminA.patch(`/api/dictionaries/channel/entries/${led.id}`, {
      labelZh: '电子显示屏',
      sortOrder: 1,
      version: led.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 'led', labelZh: '电子显示屏', sortOrder: 1, version: led.version + 1 });
    expect(dictionaryOf((await staffA.get('/api/dictionaries')).json(), 'channel').entries[0]?.code).toBe('led');

    const recode = await adminA.patch(`/api/dictionaries/channel/entries/${led.id}`, { code: 'screen', version: led.version + 1 });
    expect(recode.statusCode).toBe(409);
    expect(recode.json().code).toBe('DICTIONARY.BUILTIN_CODE_READONLY');
    const stale = await adminA.patch(`/api/dictionaries/channel/entries/${led.id}`, { labelZh: '屏', version: led.version });
    expect(stale.json().code).toBe('REQUEST.CONFLICT');
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, led.id), eq(auditLog.action, 'platform.dictionary.update')));
    expect(audit[0]?.before).toMatchObject({ labelZh: 'LED 显示屏' });
    expect(audit[0]?.after).toMatchObject({ labelZh: '电子显示屏' });
  });

  it('changes a custom entry\u2019s code unless taken, and deletes it; a built-in one can only be deactivated', async () => {
    const created = (
      await adminA.post('/api/dictionaries/disputeCategory/entries', { code: 'waterUse', labelZh: '用水纠纷', labelEn: 'Water use' })
    ).json();
    const taken = await adminA.patch(`/api/dictionaries/disputeCategory/entries/${created.id}`, { code: 'land', version: created.version });
    expect(taken.json().code).toBe('DICTIONARY.CODE_TAKEN');
    const renamed = await adminA.patch(`/api/dictionaries/disputeCategory/entries/${created.id}`, {
      code: 'irrigation',
      version: created.version,
    });
    expect(renamed.json().code).toBe('irrigation');

    const del = await adminA.delete(`/api/dictionaries/disputeCategory/entries/${created.id}`);
    expect(del.statusCode).toBe(200);
    const codes = dictionaryOf((await adminA.get('/api/dictionaries?includeInactive=1')).json(), 'disputeCategory').entries.map(
      (e) => e.code,
    );
    expect(codes).not.toContain('irrigation');
    const [row] = await t.ctx.db.select().from(dictionaryEntries).where(eq(dictionaryEntries.id, created.id));
    expect(row?.deletedAt).not.toBeNull();
    expect(
      await t.ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'platform.dictionary.delete'))),
    ).toHaveLength(1);

    const other = await entryOf(adminA, 'disputeCategory', 'other');
    const builtin = await adminA.delete(`/api/dictionaries/disputeCategory/entries/${other.id}`);
    expect(builtin.statusCode).toBe(409);
    expect(builtin.json().code).toBe('DICTIONARY.BUILTIN_CODE_READONLY');
  });

  it('answers 401, 403, 404 for another township\u2019s or another dictionary\u2019s entry, and 400', async () => {
    const entry = await entryOf(adminA, 'hazardLevel', 'general');
    const url = `/api/dictionaries/hazardLevel/entries/${entry.id}`;
    expect((await t.app.inject({ method: 'PATCH', url, payload: { isActive: false, version: entry.version } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url })).statusCode).toBe(401);
    expect((await staffA.patch(url, { isActive: false, version: entry.version })).statusCode).toBe(403);
    expect((await staffA.delete(url)).statusCode).toBe(403);
    for (const res of [
      await adminB.patch(url, { isActive: false, version: entry.version }),
      await adminB.delete(url),
      await adminA.patch(`/api/dictionaries/channel/entries/${entry.id}`, { isActive: false, version: entry.version }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('RECORD.NOT_FOUND');
    }
    for (const [target, body] of [
      [url, { isActive: 'no', version: entry.version }],
      [url, { isActive: false }],
      [url, { isActive: false, version: entry.version, isBuiltin: false }],
      ['/api/dictionaries/hazardLevel/entries/nope', { isActive: false, version: 1 }],
    ] as const) {
      const res = await adminA.patch(target, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('REQUEST.VALIDATION_FAILED');
    }
    expect((await adminA.delete('/api/dictionaries/hazardLevel/entries/nope')).statusCode).toBe(400);
    expect((await entryOf(adminA, 'hazardLevel', 'general')).isActive).toBe(true);
  });
});

describe('assertDictionaryCode and dictionaryLabels (for modules)', () => {
  it('accepts an active code, refuses unknown and inactive ones unless told, and still labels deleted ones', async () => {
    await expect(assertDictionaryCode(t.ctx.db, a.townshipId, 'venueType', 'school')).resolves.toBeUndefined();
    await expect(assertDictionaryCode(t.ctx.db, a.townshipId, 'venueType', 'spaceship', { field: 'body.venueType' })).rejects.toMatchObject(
      { code: 'REQUEST.VALIDATION_FAILED', invalidParams: [{ name: 'body.venueType' }] },
    );
    // 'unit' was deactivated in township a above.
    await expect(assertDictionaryCode(t.ctx.db, a.townshipId, 'venueType', 'unit')).rejects.toMatchObject({
      code: 'REQUEST.VALIDATION_FAILED',
    });
    await expect(assertDictionaryCode(t.ctx.db, a.townshipId, 'venueType', 'unit', { allowInactive: true })).resolves.toBeUndefined();
    await expect(assertDictionaryCode(t.ctx.db, b.townshipId, 'venueType', 'unit')).resolves.toBeUndefined();

    const labels = await dictionaryLabels(t.ctx.db, a.townshipId, 'disputeCategory');
    expect(labels.get('marriageFamily')).toMatchObject({ labelZh: '婚姻家庭纠纷', isActive: true, isDeleted: false });
    expect(labels.get('irrigation')).toMatchObject({ labelZh: '用水纠纷', isDeleted: true, isActive: false });
  });
});
