import type { SessionInfo } from '@yifa/domain';
import type { Org, Person } from '@yifa/domain/organisation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOf, DEMO_PASSWORD, openMenu, signIn, signInByApi, startJourney, text, uniqueSuffix, type Journey } from './journey.ts';

interface ListPage<T> {
  items: T[];
  total: number;
}

/**
 * Data scope (rules.md: a village cadre's scope is their own village; a county reviewer reads the
 * county's townships and changes nothing). The server filters every read; the screens follow.
 */
describe('data scope of a village cadre and of a county reviewer', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('village-scope');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it("shows a village cadre only the cadres of their village; another village's cadre answers not found", async () => {
    const tag = uniqueSuffix();
    const page = await journey.open('demo-village');
    await signIn(page, 'demo-village', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '黄建军，您好' }).waitFor();
    await journey.shot(page, '01-village-cadre-workbench');
    const session = (await (await apiOf(page)).get('/auth/session').then((r) => r.json())) as SessionInfo;
    const ownVillage = session.user.orgName!;

    // Prepared by the township administrator (API only): a cadre in another village of the township.
    const adminPage = await journey.open('demo-admin');
    const admin = await signInByApi(adminPage, 'demo-admin', DEMO_PASSWORD);
    const orgs = (await (await admin.get('/orgs')).json()) as Org[];
    const otherVillage = orgs.find((o) => o.kind === 'village' && o.id !== session.user.orgId)!;
    const otherName = `邻村干部${tag}`;
    const created = await admin.post('/people', { orgId: otherVillage.id, name: otherName, post: '村委会委员', isCivilServant: false });
    expect(created.status()).toBe(201);
    const otherCadre = (await created.json()) as Person;
    const office = ((await (await admin.get('/people?q=赵刚')).json()) as ListPage<Person>).items[0]!;
    expect(office.orgName).toBe('司法所');

    // The roll: 黄建军 of their own village, none of the offices' or the other village's cadres.
    await openMenu(page, '干部', '/org/people');
    const table = page.getByRole('table');
    await table.getByRole('row', { name: /黄建军/ }).waitFor();
    await journey.shot(page, '02-village-cadre-people');
    const rows = await table.getByRole('row').allTextContents();
    const bodyRows = rows.slice(1);
    expect(bodyRows.length).toBeGreaterThan(0);
    for (const row of bodyRows) expect(row).toContain(ownVillage);
    const allText = await table.textContent();
    for (const name of ['赵刚', '王建国', '吴平', otherName]) expect(allText).not.toContain(name);
    await expect(page.getByRole('button', { name: text('新增干部') }).count()).resolves.toBe(0);

    // Opening another village's cadre, or an office cadre, by its address: not found (404, not 403,
    // so that the record's existence is not revealed). Their own village's cadre opens.
    const other = await page.goto(`/api/people/${otherCadre.id}`);
    expect(other?.status()).toBe(404);
    expect(((await other!.json()) as { code: string }).code).toBe('RECORD.NOT_FOUND');
    await journey.shot(page, '03-other-village-cadre-not-found');
    const officeRes = await page.request.get(`/api/people/${office.id}`);
    expect(officeRes.status()).toBe(404);
    const own = ((await (await apiOf(page)).get('/people?q=黄建军').then((r) => r.json())) as ListPage<Person>).items[0]!;
    expect((await page.request.get(`/api/people/${own.id}`)).status()).toBe(200);
  });

  it('shows a county reviewer the township read-only', async () => {
    const page = await journey.open('demo-county');
    await signIn(page, 'demo-county', DEMO_PASSWORD);
    const banner = page.getByRole('note').filter({ hasText: '您是县级审阅人，只能查看本县各乡镇（街道）的情况，不能修改。' });
    await banner.waitFor();
    await page.getByRole('heading', { name: '区司法局审阅人，您好' }).waitFor();
    await page.getByRole('img', { name: /合规情况/ }).waitFor();
    await journey.shot(page, '04-county-reviewer-home');

    const menu = page.getByRole('navigation', { name: '主菜单' });
    await openMenu(page, '组织机构', '/org/tree');
    const tree = page.getByRole('tree', { name: '组织机构' });
    await tree
      .getByRole('treeitem', { name: /【演示】笔架山乡/ })
      .getByText('【演示】笔架山乡')
      .click();
    await page.getByRole('heading', { name: '【演示】笔架山乡', level: 2 }).waitFor();
    await expect(banner.isVisible()).resolves.toBe(true);
    for (const label of ['按区划代码建立乡镇', '新增下级机构', '修改', '删除']) {
      await expect(page.getByRole('button', { name: text(label) }).count()).resolves.toBe(0);
    }
    await journey.shot(page, '05-county-reviewer-org-tree');

    await openMenu(page, '干部', '/org/people');
    const table = page.getByRole('table');
    await table.getByRole('row', { name: /赵刚/ }).waitFor();
    for (const label of ['新增干部', '编辑', '删除']) {
      await expect(page.getByRole('button', { name: text(label) }).count()).resolves.toBe(0);
    }
    await expect(banner.isVisible()).resolves.toBe(true);
    await journey.shot(page, '06-county-reviewer-people');

    // Accounts and roles are the township's own business: not in the reviewer's menu.
    for (const label of ['用户', '角色']) {
      await expect(menu.getByRole('menuitem', { name: text(label, { atEnd: true }) }).count()).resolves.toBe(0);
    }
  });
});
