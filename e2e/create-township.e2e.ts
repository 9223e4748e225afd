import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiResponse, openMenu, signInAsSystemAdmin, startJourney, text, type Journey } from './journey.ts';

/** 八字哨镇 (益阳市赫山区) in the 2023 statistical division codes, with its seven villages and communities. */
const TOWNSHIP = '八字哨镇';
const CODE = '430903101000';
const VILLAGES = ['九亩土社区', '竹湖村', '岭湖村', '高梁坪村', '大湖村', '金家堤村', '白濒湖村'];

/** The system administrator creates a township (the tenant) from its division code. */
describe('create a township from its division code', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('create-township');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('finds 八字哨镇, previews its villages, creates it and shows it in the org tree', async () => {
    const page = await journey.open('admin');
    await signInAsSystemAdmin(page);
    await openMenu(page, '组织机构', '/org/tree');
    const tree = page.getByRole('tree', { name: '组织机构' });
    await tree.waitFor();
    await journey.shot(page, '01-org-tree');

    await page.getByRole('button', { name: text('按区划代码建立乡镇') }).click();
    const dialog = page.getByRole('dialog', { name: '按区划代码建立乡镇（街道）' });
    await dialog.waitFor();
    const search = dialog.getByRole('combobox', { name: '查找乡镇（街道）' });
    await search.fill('八字哨');
    // antd lists the matches in an accessible listbox; the first one is active, Enter picks it.
    await page.getByRole('option', { name: new RegExp(`${TOWNSHIP}\\s+${CODE}`) }).waitFor({ state: 'attached' });
    await journey.shot(page, '02-township-search');
    await search.press('Enter');
    await dialog.getByText('共 7 个村（社区），将一并建立').waitFor();
    const preview = dialog.getByLabel('村（社区）', { exact: true });
    for (const village of VILLAGES) await expect(preview.getByText(village, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(dialog.getByText('湖南省 / 益阳市 / 赫山区').isVisible()).resolves.toBe(true);
    await journey.shot(page, '03-township-preview');

    const created = apiResponse(page, 'POST', '/townships');
    await dialog.getByRole('button', { name: text('确认建立') }).click();
    expect((await created).status()).toBe(201);
    await page.getByText(`已建立“${TOWNSHIP}”`).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // The new township is selected; its node opens on its offices, villages and communities.
    await page.getByRole('heading', { name: TOWNSHIP, level: 2 }).waitFor();
    const node = tree.getByRole('treeitem', { name: new RegExp(`${TOWNSHIP}\\s*乡镇（街道）`) });
    await node.scrollIntoViewIfNeeded();
    await expect(node.getAttribute('aria-selected')).resolves.toBe('true');
    await node.locator('.ant-tree-switcher').click();
    await expect.poll(() => node.getAttribute('aria-expanded')).toBe('true');
    for (const village of VILLAGES) await tree.getByRole('treeitem', { name: new RegExp(`(^|\\s)${village}\\s`) }).waitFor();
    await tree
      .getByRole('treeitem', { name: /(^|\s)司法所\s/ })
      .nth(1)
      .waitFor();
    // Fold the demo township so that the new one and everything under it fits on the screen.
    const demo = tree.getByRole('treeitem', { name: /【演示】/ });
    await demo.locator('.ant-tree-switcher').click();
    await expect.poll(() => demo.getAttribute('aria-expanded')).toBe('false');
    await tree.getByRole('treeitem', { name: /(^|\s)白濒湖村\s/ }).scrollIntoViewIfNeeded();
    await journey.shot(page, '04-org-tree-with-township');

    // Searching the tree by the township's code leaves the township and exactly its 7 villages / communities.
    await page.getByLabel('查找机构', { exact: true }).fill('430903101');
    await expect
      .poll(async () => (await tree.getByRole('treeitem').allTextContents()).sort())
      .toEqual(['益阳市赫山区区县', `${TOWNSHIP}乡镇（街道）`, ...VILLAGES.map((v) => `${v}${v.endsWith('社区') ? '社区' : '村'}`)].sort());
    await journey.shot(page, '05-org-tree-search-by-code');
  });
});
