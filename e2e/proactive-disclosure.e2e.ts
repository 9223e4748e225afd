import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { apiOf, apiResponse, DEMO_PASSWORD, openMenu, pick, signIn, startJourney, text, uniqueSuffix, type Journey } from './journey.ts';

const DEMO_CODE = '430903209000';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const png = (name: string) => ({ name, mimeType: 'image/png', buffer: Buffer.concat([PNG, Buffer.from(uniqueSuffix())]) });

/**
 * 主动公开: the office records a publication with its proof (《政府信息公开条例》第二十三条) and it is
 * flagged 逾期公开 when later than its limit (第二十六条); a village cadre records a board update
 * with a photo; the public finds the publication on the site and downloads the file marked public.
 */
describe('proactive disclosure', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('proactive-disclosure');
  });
  afterAll(async () => {
    await journey?.close();
  });
  const title = `安全生产检查情况通报${uniqueSuffix()}`;

  it('staff record a late publication with proof; it is flagged 逾期公开', async () => {
    const page = await journey.open('demo-admin');
    await signIn(page, 'demo-admin', DEMO_PASSWORD);
    await openMenu(page, '主动公开记录', '/proactive-disclosure/publications');
    await page.getByRole('table').waitFor();
    await journey.shot(page, '01-publications');
    await page.getByRole('button', { name: text('登记公开信息') }).click();
    const dialog = page.getByRole('dialog', { name: '登记公开信息' });
    await pick(page, dialog.getByLabel('目录事项'), '监督检查', /监督检查情况/);
    await dialog.getByLabel('标题').fill(title);
    await dialog.getByLabel('文号').fill('笔政发〔2026〕9号');
    await dialog.getByLabel('内容概述').fill('一季度安全生产大检查发现问题及整改情况');
    // Formed 2026-02-10: 20 working days → due 2026-03-16 (Spring Festival skipped); published 2026-03-20.
    // Enter would submit the dialog (FormModal): Tab leaves the field, which keeps the typed date.
    await dialog.getByLabel('形成（变更）日期').fill('2026-02-10');
    await dialog.getByLabel('形成（变更）日期').press('Tab');
    await dialog.getByLabel('公开日期', { exact: true }).fill('2026-03-20');
    await dialog.getByLabel('公开日期', { exact: true }).press('Tab');
    await dialog.getByRole('checkbox', { name: /政府网站/ }).check();
    const uploaded = apiResponse(page, 'POST', '/files');
    await dialog.locator('input[type=file]').setInputFiles(png('检查通报.png'));
    expect((await uploaded).status()).toBe(201);
    await dialog.getByRole('checkbox', { name: /检查通报/ }).check();
    await journey.shot(page, '02-record-publication');
    const created = apiResponse(page, 'POST', '/proactive-disclosure/publications');
    await dialog.getByRole('button', { name: text('保存') }).click();
    const res = await created;
    expect(res.status()).toBe(201);
    expect(await res.json()).toMatchObject({ isLate: true, workingDaysLate: 4, dueDate: '2026-03-16' });
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('searchbox', { name: '标题、摘要或文号' }).fill(title);
    await page.getByRole('searchbox', { name: '标题、摘要或文号' }).press('Enter');
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.getByText('逾期公开 · 逾期4个工作日').waitFor();
    await journey.shot(page, '03-late-flagged');
  });

  it('a village cadre records an update of their own board with a photo', async () => {
    const page = await journey.open('demo-village');
    await signIn(page, 'demo-village', DEMO_PASSWORD);
    await openMenu(page, '公开栏', '/proactive-disclosure/boards');
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(2); // header + their own board only
    const boards = await (await apiOf(page)).get('/proactive-disclosure/boards');
    expect(((await boards.json()) as { boards: unknown[] }).boards).toHaveLength(1);
    await page.getByRole('button', { name: /^登记更新/ }).click();
    const dialog = page.getByRole('dialog', { name: /登记公开栏更新/ });
    await dialog.getByLabel('公开内容').fill('本月村级财务收支明细、惠农补贴发放名单');
    const uploaded = apiResponse(page, 'POST', '/files');
    await dialog.locator('input[type=file]').setInputFiles(png('公开栏照片.png'));
    expect((await uploaded).status()).toBe(201);
    const created = apiResponse(
      page,
      'POST',
      `/proactive-disclosure/boards/${((await boards.json()) as { boards: { id: string }[] }).boards[0]!.id}/updates`,
    );
    await dialog.getByRole('button', { name: text('保存') }).click();
    expect((await created).status()).toBe(201);
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('table').getByText('已更新').waitFor();
    await journey.shot(page, '04-village-board-updated');
  });

  it('the office sees the catalogue, all boards, village and party affairs, the guide settings and the compliance rules', async () => {
    const page = await journey.open('demo-admin-pages');
    await signIn(page, 'demo-admin', DEMO_PASSWORD);
    await openMenu(page, '公开目录', '/proactive-disclosure/catalog');
    await page
      .getByRole('cell', { name: /社会救助/ })
      .first()
      .waitFor();
    await journey.shot(page, '08-catalogue');
    await openMenu(page, '公开栏', '/proactive-disclosure/boards');
    await page.getByText('2026年8月').first().waitFor();
    await journey.shot(page, '09-boards');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /更新记录/ }).waitFor();
    await journey.shot(page, '10-board-updates');
    await openMenu(page, '村务公开、党务公开', '/proactive-disclosure/village-disclosures');
    await page.getByRole('table').getByText('党务公开').first().waitFor();
    await journey.shot(page, '11-village-affairs');
    await openMenu(page, '政府信息公开指南设置', '/proactive-disclosure/guide-settings');
    await page.getByLabel('工作机构名称').waitFor();
    await journey.shot(page, '12-guide-settings');
    await page.goto('/compliance');
    await page.getByText('公开栏按期更新').first().waitFor();
    await journey.shot(page, '13-compliance');
  });

  it('the public finds the publication, downloads its public file, and the pages pass axe', async () => {
    const page = await journey.open('visitor');
    await page.goto(`${journey.baseUrl}/gk/${DEMO_CODE}/`);
    await page.getByRole('link', { name: '政府信息主动公开' }).first().click();
    await page.getByRole('heading', { level: 1, name: '政府信息主动公开' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByLabel('关键词（标题、摘要、文号）').fill(title);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('status').filter({ hasText: '共找到 1 条信息' }).waitFor();
    await page.getByRole('link', { name: title }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await journey.shot(page, '05-public-search');
    const download = await page.request.get((await page.getByRole('link', { name: /下载：检查通报/ }).getAttribute('href')) ?? '');
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('image/png');
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.goto(`${journey.baseUrl}/gk/${DEMO_CODE}/guide`);
    await page.getByRole('heading', { level: 1, name: '政府信息公开指南' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await journey.shot(page, '06-public-guide');
    await page.getByRole('link', { name: '关怀模式' }).click();
    await page.getByRole('link', { name: '退出关怀模式' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.goto(`${journey.baseUrl}/gk/${DEMO_CODE}/info`);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await journey.shot(page, '07-public-info-care');
  });
});
