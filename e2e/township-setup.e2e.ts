import { maskIdNumber, maskPhone } from '@yifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiResponse,
  DEMO_PASSWORD,
  openMenu,
  pick,
  randomIdNumber,
  randomMobile,
  signIn,
  startJourney,
  text,
  uniqueSuffix,
  type Journey,
} from './journey.ts';

/**
 * The township administrator sets up an office: a department in the tree, a cadre in it (ID number
 * masked in the list, 个人信息保护法 Art. 51), and a user account for that cadre, who must change the
 * initial password at first sign-in (GB/T 22239-2019 §8.1.4.1).
 */
describe('township setup by its administrator', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('township-setup');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('adds a department, a cadre and a user account; the new user must change the initial password', async () => {
    const tag = uniqueSuffix();
    const department = `退役军人服务站${tag}`;
    const person = `林晓${tag}`;
    const username = `lx-${tag}`;
    const initialPassword = `Init-${tag}-2026`;
    const idNumber = randomIdNumber();
    const phone = randomMobile();
    const page = await journey.open('demo-admin');

    await signIn(page, 'demo-admin', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '吴平，您好' }).waitFor();
    await journey.shot(page, '01-workbench');

    // A department under the township.
    await openMenu(page, '组织机构', '/org/tree');
    const tree = page.getByRole('tree', { name: '组织机构' });
    await tree
      .getByRole('treeitem', { name: /【演示】笔架山乡/ })
      .getByText('【演示】笔架山乡')
      .click();
    await page.getByRole('heading', { name: '【演示】笔架山乡', level: 2 }).waitFor();
    await page.getByRole('button', { name: text('新增下级机构') }).click();
    await page.getByRole('menuitem', { name: text('新增站所（办公室）') }).click();
    const orgDialog = page.getByRole('dialog', { name: '新增下级机构 · 【演示】笔架山乡' });
    await orgDialog.getByLabel('名称').fill(department);
    await journey.shot(page, '02-add-department');
    const orgCreated = apiResponse(page, 'POST', '/orgs');
    await orgDialog.getByRole('button', { name: text('保存') }).click();
    expect((await orgCreated).status()).toBe(201);
    await orgDialog.waitFor({ state: 'hidden' });
    const departmentNode = tree.getByRole('treeitem', { name: new RegExp(`${department}\\s*站所（办公室）`) });
    await departmentNode.scrollIntoViewIfNeeded();
    await journey.shot(page, '03-department-in-tree');

    // A cadre in that department, with an ID number (GB 11643 check digit) and a mobile number.
    await openMenu(page, '干部', '/org/people');
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: text('新增干部') }).click();
    const personDialog = page.getByRole('dialog', { name: '新增干部' });
    await personDialog.getByLabel('姓名').fill(person);
    await pick(page, personDialog.getByLabel('所在机构'), department, new RegExp(department));
    await personDialog.getByLabel('职务').fill('站长');
    await personDialog.getByLabel('电话').fill(phone);
    await personDialog.getByLabel('身份证号').fill(idNumber);
    await journey.shot(page, '04-add-cadre');
    const personCreated = apiResponse(page, 'POST', '/people');
    await personDialog.getByRole('button', { name: text('保存') }).click();
    expect((await personCreated).status()).toBe(201);
    await personDialog.waitFor({ state: 'hidden' });

    // The list shows the cadre with the ID number and phone masked.
    await page.getByRole('searchbox', { name: '按姓名或职务查找' }).fill(person);
    await page.getByRole('searchbox', { name: '按姓名或职务查找' }).press('Enter');
    const row = page.getByRole('row', { name: new RegExp(person) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(maskIdNumber(idNumber)); // 1101**********123X
    await expect(row.textContent()).resolves.toContain(maskPhone(phone)); // 139****5678
    await expect(page.getByRole('table').textContent()).resolves.not.toContain(idNumber);
    await expect(page.getByRole('table').textContent()).resolves.not.toContain(phone);
    await journey.shot(page, '05-cadre-masked-in-list');

    // A user account for the cadre, with a role and an initial password.
    await openMenu(page, '用户', '/org/users');
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: text('新增用户') }).click();
    const userDialog = page.getByRole('dialog', { name: '新增用户' });
    await userDialog.getByLabel('用户名').fill(username);
    await userDialog.getByLabel('姓名').fill(person);
    await pick(page, userDialog.getByLabel('所在机构'), department, new RegExp(department));
    await pick(page, userDialog.getByLabel('关联干部'), person, new RegExp(`${person} · 站长`));
    await pick(page, userDialog.getByLabel('角色'), '站所工作人员', /站所工作人员/);
    await userDialog.getByLabel('初始密码').fill(initialPassword);
    await journey.shot(page, '06-add-user');
    const userCreated = apiResponse(page, 'POST', '/users');
    await userDialog.getByRole('button', { name: text('保存') }).click();
    expect((await userCreated).status()).toBe(201);
    await userDialog.waitFor({ state: 'hidden' });
    const userRow = page.getByRole('row', { name: new RegExp(username) });
    await userRow.waitFor();
    await expect(userRow.textContent()).resolves.toContain('站所工作人员');
    await expect(userRow.textContent()).resolves.toContain('须改密码');
    await userRow.scrollIntoViewIfNeeded();
    await journey.shot(page, '07-user-in-list');

    // The new user signs in (own browser context) and must change the initial password first.
    const newcomer = await journey.open(username);
    await signIn(newcomer, username, initialPassword);
    await newcomer.waitForURL('**/change-password');
    await newcomer.getByText('为了账号安全，首次登录须修改管理员发放的初始密码。').waitFor();
    await journey.shot(newcomer, '08-new-user-must-change-password');
    const ownPassword = `Own-${tag}-Pass-2026`;
    await newcomer.getByLabel('原密码').fill(initialPassword);
    await newcomer.getByLabel('新密码', { exact: true }).fill(ownPassword);
    await newcomer.getByLabel('确认新密码').fill(ownPassword);
    await newcomer.getByRole('button', { name: text('保存') }).click();
    await newcomer.getByRole('heading', { name: `${person}，您好` }).waitFor();
    await expect(newcomer.getByRole('button', { name: /^用户菜单: / }).textContent()).resolves.toContain(department);
    await journey.shot(newcomer, '09-new-user-signed-in');
  });
});
