import ExcelJS from 'exceljs';
import type { ComplianceReport, SessionInfo } from '@yifa/domain';
import type { Coverage } from '@yifa/domain/publicity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { apiOf, apiResponse, DEMO_PASSWORD, openMenu, pick, signIn, startJourney, text, uniqueSuffix, type Journey } from './journey.ts';

/**
 * 普法: a village cadre records an activity in their village; the coverage matrix and the
 * compliance rule "each village reached" count it; the year's 普法台账 downloads with it.
 */
describe('a village cadre records a publicity activity', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('publicity');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('records it, sees coverage and compliance change, and downloads the ledger', async () => {
    const tag = uniqueSuffix();
    const title = `反诈宣传进村入户${tag}`;
    const page = await journey.open('demo-village');
    await signIn(page, 'demo-village', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '黄建军，您好' }).waitFor();
    const api = await apiOf(page);
    const session = (await (await api.get('/auth/session')).json()) as SessionInfo;
    const villageId = session.user.orgId!;
    const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
    const villageTotal = async () =>
      ((await (await api.get(`/publicity/coverage?year=${year}`)).json()) as Coverage).villages.find((v) => v.orgId === villageId)!.total;
    const reached = async () =>
      (
        (await (await api.get(`/compliance?year=${year}&ruleCode=publicity.village-reached`)).json()) as ComplianceReport
      ).rules[0]!.evaluations[0]!.results.find((r) => r.orgId === villageId)!.actual!;
    const before = await villageTotal();
    const reachedBefore = await reached();

    await openMenu(page, '普法活动', '/publicity/activities');
    await page.getByRole('table').waitFor();
    await journey.shot(page, '01-activities');
    await page.getByRole('button', { name: text('登记活动') }).click();
    const dialog = page.getByRole('dialog', { name: '登记活动' });
    await dialog.getByLabel('活动名称').fill(title);
    await pick(page, dialog.getByLabel('场所类型'), '乡村', /乡村/);
    await pick(page, dialog.getByLabel('宣传渠道'), '广播', /广播/);
    await dialog.getByLabel('受众人数').fill('45');
    await dialog.getByLabel('发放资料（份）').fill('30');
    await journey.shot(page, '02-record-form');
    const saved = apiResponse(page, 'POST', '/publicity/activities');
    await dialog.getByRole('button', { name: text('保存') }).click();
    expect((await saved).status()).toBe(201);
    await page.getByRole('row', { name: new RegExp(title) }).waitFor();
    await journey.shot(page, '03-recorded');

    await openMenu(page, '覆盖与统计', '/publicity/coverage');
    await page.getByRole('link', { name: session.user.orgName! }).first().waitFor();
    expect(await villageTotal()).toBe(before + 1);
    const row = page.getByRole('row', { name: new RegExp(session.user.orgName!) }).first();
    await expect.poll(() => row.textContent()).toContain(String(before + 1));
    await journey.shot(page, '04-coverage');

    expect(await reached()).toBe(reachedBefore + 1);
    await openMenu(page, '合规情况', '/compliance');
    await page.getByText('普法活动覆盖每个村（社区），每季度至少一次').first().waitFor();
    await page
      .getByText(`${reachedBefore + 1} / 4`)
      .first()
      .waitFor();
    await journey.shot(page, '05-compliance');

    await openMenu(page, '覆盖与统计', '/publicity/coverage');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: text('下载普法台账') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/普法台账\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await file.path())!);
    const cells = wb.getWorksheet('普法活动台账')!.getSheetValues().flat().map(String);
    expect(cells).toContain(title);
  });

  it("shows the township administrator the duty lists, the campaigns and the township's coverage", async () => {
    const page = await journey.open('demo-admin');
    await signIn(page, 'demo-admin', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '吴平，您好' }).waitFor();
    await openMenu(page, '普法责任清单', '/publicity/duties');
    await page.getByRole('row', { name: /司法所.*中华人民共和国宪法/ }).waitFor();
    await journey.shot(page, '06-duty-lists');
    await openMenu(page, '主题活动', '/publicity/campaigns');
    await page.getByRole('row', { name: /宪法宣传周/ }).waitFor();
    await journey.shot(page, '07-campaigns');
    await openMenu(page, '覆盖与统计', '/publicity/coverage');
    await page.getByRole('heading', { name: '各村（社区）按季度开展次数' }).waitFor();
    await page.getByText('已落实').first().waitFor();
    await journey.shot(page, '08-coverage-township');

    // The public duty list (/gk), as a visitor without an account reads it.
    const visitor = await journey.open('visitor');
    await visitor.goto(`${journey.baseUrl}/gk/430903209000/`);
    await visitor.getByRole('link', { name: '普法责任清单' }).first().click();
    await visitor.getByRole('heading', { level: 2, name: '司法所' }).waitFor();
    expect(await visitor.getByRole('cell', { name: '《中华人民共和国宪法》' }).count()).toBeGreaterThan(0);
    expect(await seriousAxeFindings(visitor)).toEqual([]);
    await journey.shot(visitor, '09-public-duty-list');
  });
});
