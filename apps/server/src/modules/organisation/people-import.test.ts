import ExcelJS from 'exceljs';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { todayInChina } from '../../platform/calendar/today.ts';
import { multipartFile } from '../../platform/files/test-fixtures.ts';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from '../../test/factories.ts';
import { createTestApp, login, type Client, type TestApp } from '../../test/harness.ts';
import { people } from './tables.ts';

let t: TestApp;
let a: TownshipFixture;
let b: TownshipFixture;
let admin: Client;
let adminB: Client;
let staff: Client;
let village: Client;
let county: Client;

const HEAD = ['姓名', '所在单位', '职务', '是否领导干部', '是否公务员', '身份证号码', '联系电话', '到岗日期', '离岗日期'];
/** A GB 11643 number: 17 digits and their check character. */
function idNumber(body17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return body17 + '10X98765432'[w.reduce((s, x, i) => s + x * Number(body17[i]), 0) % 11]!;
}
const ID1 = idNumber('43010219800101001');
const ID2 = idNumber('43010219850505002');
const ID3 = idNumber('43010219900909003');

async function xlsx(rows: unknown[][], header: string[] = HEAD, sheetName = '干部名单'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (c: Client, content: Buffer, query = '') => {
  const { payload, headers } = multipartFile('干部名单.xlsx', content);
  return c.request({ method: 'POST', url: `/api/people/import${query}`, payload, headers });
};
type Problem = { code: string; invalidParams?: { name: string; reason: string }[] };
const names = (p: Problem) => (p.invalidParams ?? []).map((x) => x.name);
const rollOf = (townshipId: string) =>
  t.ctx.db
    .select()
    .from(people)
    .where(and(eq(people.townshipId, townshipId), isNull(people.deletedAt)));
const auditCount = async () => (await t.ctx.db.select({ seq: auditLog.seq }).from(auditLog)).length;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeTownship(t.ctx.db, '甲乡');
  b = await makeTownship(t.ctx.db, '乙乡', a.countyId);
  const mk = async (role: string, orgId: string | null, townshipId: string | null) =>
    login(t.app, (await makeUser(t.ctx.db, role, orgId, townshipId)).username, TEST_PASSWORD);
  admin = await mk('townshipAdmin', a.townshipId, a.townshipId);
  adminB = await mk('townshipAdmin', b.townshipId, b.townshipId);
  staff = await mk('officeStaff', a.departmentIds[0], a.townshipId);
  village = await mk('villageCadre', a.villageIds[0], a.townshipId);
  county = await mk('countyReviewer', a.countyId, null);
});
afterAll(() => t.close());

describe('cadre import', () => {
  const good = (sheetName?: string) =>
    xlsx(
      [
        ['张三', '司法所', '所长', '是', '是', ID1, '13800138000', '2020-03-01', ''],
        ['李四', '党政综合办公室', '', '', '', ID2, '', '2021年5月6日', ''],
        ['王五', '东村', '村支书', '否', '否', '', '', '', ''],
      ],
      HEAD,
      sheetName,
    );

  it('offers a template with the columns, the ID number column formatted as text', async () => {
    const res = await admin.get('/api/people/import/template');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as string[]).filter(Boolean)).toEqual(HEAD);
    expect(wb.worksheets[0]!.getColumn(6).numFmt).toBe('@');
  });

  it('adds the cadres, encrypting the ID number and phone as the create path does, audited one by one', async () => {
    const before = await auditCount();
    const res = await upload(admin, await good());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ rowCount: 3, created: 3, updated: 0, unchanged: 0 });
    const roll = await rollOf(a.townshipId);
    const zhang = roll.find((p) => p.name === '张三')!;
    expect(zhang).toMatchObject({
      orgId: a.departmentIds[0],
      post: '所长',
      isLeader: true,
      isCivilServant: true,
      joinedOn: '2020-03-01',
      leftOn: null,
    });
    expect(zhang.idNumberEnc).not.toContain(ID1);
    expect(t.ctx.secrets.decrypt(zhang.idNumberEnc!)).toBe(ID1);
    expect(zhang.idNumberHash).toBe(t.ctx.secrets.fingerprint(ID1));
    expect(zhang.idNumberMasked).not.toBe(ID1);
    expect(t.ctx.secrets.decrypt(zhang.phoneEnc!)).toBe('13800138000');
    expect(roll.find((p) => p.name === '李四')!.joinedOn).toBe('2021-05-06');
    expect(roll.find((p) => p.name === '王五')!.orgId).toBe(a.villageIds[0]);
    const entries = (await t.ctx.db.select().from(auditLog)).slice(before);
    expect(entries.map((e) => e.action).sort()).toEqual([
      'org.person.create',
      'org.person.create',
      'org.person.create',
      'org.person.import',
    ]);
    expect(JSON.stringify(entries)).not.toContain(ID1);
  });

  it('is safe to repeat: the same file, or a re-saved copy, changes nothing and writes no audit entry', async () => {
    const before = await auditCount();
    expect((await upload(admin, await good())).json()).toEqual({ rowCount: 3, created: 0, updated: 0, unchanged: 3 });
    expect((await upload(admin, await good('另存一份'))).json()).toEqual({ rowCount: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await rollOf(a.townshipId)).toHaveLength(3);
    expect(await auditCount()).toBe(before);
  });

  it('updates what differs (by ID number, else by name and org), audited with before and after; a blank cell keeps the record', async () => {
    const res = await upload(
      admin,
      await xlsx([
        ['张三', '党政综合办公室', '主任', '', '', ID1, '', '', ''], // moved and promoted, found by ID number
        ['王五', '东村', '', '', '', ID3, '', '', ''], // found by name and org, gains an ID number
        ['李四', '党政综合办公室', '', '', '', '', '', '', ''], // blank cells: nothing to change
      ]),
    );
    expect(res.json(), res.body).toEqual({ rowCount: 3, created: 0, updated: 2, unchanged: 1 });
    const roll = await rollOf(a.townshipId);
    const zhang = roll.find((p) => p.name === '张三')!;
    expect(zhang).toMatchObject({ orgId: a.departmentIds[1], post: '主任', isLeader: true, joinedOn: '2020-03-01', version: 2 });
    expect(t.ctx.secrets.decrypt(zhang.phoneEnc!)).toBe('13800138000');
    expect(roll.find((p) => p.name === '王五')!.idNumberHash).toBe(t.ctx.secrets.fingerprint(ID3));
    const [entry] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, zhang.id), eq(auditLog.action, 'org.person.update')));
    expect(entry).toMatchObject({
      before: { orgId: a.departmentIds[0], post: '所长' },
      after: { orgId: a.departmentIds[1], post: '主任' },
    });
  });

  it('reports every bad row in Chinese (GB 11643, numeric IDs, phones, future and out-of-order dates, unknown orgs, duplicates) and writes nothing', async () => {
    const before = await rollOf(a.townshipId);
    const audits = await auditCount();
    const res = await upload(
      admin,
      await xlsx([
        ['赵六', '司法所', '', '', '', '', '', '', ''], // fine, but must not be written
        ['钱七', '司法所', '', '', '', '430102198001010010', '', '', ''], // wrong check character
        ['孙八', '司法所', '', '', '', 430102198001010000, '', '', ''], // an ID number stored as a number
        ['周九', '司法所', '', '', '', '', '12345', '', ''], // not a phone
        ['吴十', '司法所', '', '', '', '', '', '2099-01-01', ''], // 到岗 in the future
        ['郑一', '司法所', '', '', '', '', '', '2024-05-01', '2024-04-01'], // left before joining
        ['冯二', '乙乡', '', '', '', '', '', '', ''], // another township's org
        ['陈三', '司法所', '', '对', '', '', '', '', ''], // not 是/否
        ['褚四', '司法所', '', '', '', ID2, '', '', ''], // 李四's ID number under another name
        ['卫五', '司法所', '', '', '', idNumber('43010219950101005'), '', '', ''],
        ['卫五', '东村', '', '', '', idNumber('43010219950101005'), '', '', ''], // the same ID twice in the sheet
        ['', '司法所', '', '', '', '', '', '', ''], // no name
      ]),
    );
    expect(res.statusCode).toBe(400);
    const p = res.json() as Problem;
    expect(p.code).toBe('IMPORT.ROWS_INVALID');
    expect(names(p)).toEqual([
      'rows[3].身份证号码',
      'rows[4].身份证号码',
      'rows[5].联系电话',
      'rows[6].到岗日期',
      'rows[7].离岗日期',
      'rows[8].所在单位',
      'rows[9].是否领导干部',
      'rows[10].身份证号码',
      'rows[12].身份证号码',
      'rows[13].姓名',
    ]);
    expect(p.invalidParams!.find((x) => x.name === 'rows[6].到岗日期')!.reason).toContain(todayInChina());
    expect(p.invalidParams!.find((x) => x.name === 'rows[10].身份证号码')!.reason).toContain('李四');
    expect(await rollOf(a.townshipId)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('refuses wrong headers, an empty sheet, a file that is not Excel and a 10 MB file with their codes', async () => {
    const wrong = await upload(admin, await xlsx([['张三', '司法所']], ['名字', '单位']));
    expect(wrong.json().code).toBe('IMPORT.ROWS_INVALID');
    expect(names(wrong.json())).toEqual(['rows[1].姓名', 'rows[1].所在单位']);
    expect((await upload(admin, await xlsx([]))).json().code).toBe('IMPORT.EMPTY');
    expect((await upload(admin, Buffer.from('姓名,所在单位\n张三,司法所\n'))).json().code).toBe('IMPORT.INVALID_FILE');
    const big = await upload(admin, Buffer.alloc(10 * 1024 * 1024, 65));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('IMPORT.TOO_LARGE');
  });

  it('keeps to the township and the data scope: another township is 404, its rows are not found; no write permission is 403', async () => {
    const file = await xlsx([['蒋六', '司法所', '', '', '', '', '', '', '']]);
    expect((await upload(admin, file, `?townshipId=${b.townshipId}`)).statusCode).toBe(404);
    const intoB = await upload(adminB, await xlsx([['蒋六', '东村', '', '', '', ID1, '', '', '']]));
    expect(intoB.json(), intoB.body).toEqual({ rowCount: 1, created: 1, updated: 0, unchanged: 0 }); // an ID number is unique per township only
    expect((await rollOf(a.townshipId)).some((p) => p.name === '蒋六')).toBe(false);
    for (const c of [staff, village, county]) expect((await upload(c, file)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/people/import' })).statusCode).toBe(401);
    expect((await admin.post('/api/people/import', { rows: [] })).json().code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });
});
