import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf, findSoffice } from '../apps/server/src/platform/documents/convert-docx-to-pdf.ts';
import { seriousAxeFindings } from './axe.ts';
import { apiOf, DEMO_PASSWORD, openMenu, randomIdNumber, signIn, startJourney, text, uniqueSuffix, type Journey } from './journey.ts';

const DEMO_CODE = '430903209000';

/**
 * 政府信息公开工作年度报告: an application answered with a partial disclosure shows in its cell of
 * table 3 (部分公开 × 自然人) and opens from there; the Word file opens in LibreOffice; the demo
 * township's published 2025 report is on the public site and passes axe.
 */
describe('OGI annual report', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('disclosure-report');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('counts a partial disclosure in its cell, links to it, and exports a Word file LibreOffice opens', async () => {
    const page = await journey.open('demo-admin');
    await signIn(page, 'demo-admin', DEMO_PASSWORD);
    const year = new Date().getFullYear();
    await page.goto(`${journey.baseUrl}/open-government/annual-report?year=${year}`);
    await page.getByRole('heading', { level: 1, name: '政府信息公开工作年度报告' }).waitFor();
    const partialRow = () => page.getByRole('row', { name: /（二）部分公开/ });
    await partialRow().getByRole('button').first().waitFor();
    const before = Number(await partialRow().getByRole('button').first().textContent());

    // An application received today in person, answered with a partial disclosure (the request journey shows the screens).
    const api = await apiOf(page);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const name = `报告核对${uniqueSuffix()}`;
    const created = await api.post('/disclosure-requests', {
      channel: 'inPerson',
      arrivedOn: today,
      applicant: {
        applicantKind: 'natural',
        applicantName: name,
        idNumber: randomIdNumber(),
        phone: '13912345678',
        address: '笔架山乡东村',
        email: null,
        description: '本村道路硬化项目资金使用情况',
        forms: ['paper'],
        deliveryMethod: 'post',
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    let r = (await created.json()) as { id: string; number: string; version: number };
    const drafted = await api.post(`/disclosure-requests/${r.id}/reply-draft`, {
      outcome: 'partial',
      reasons: '部分内容涉及个人信息',
      version: r.version,
    });
    expect(drafted.status(), await drafted.text()).toBe(200);
    r = await drafted.json();
    const replied = await api.post(`/disclosure-requests/${r.id}/reply`, { repliedOn: today, version: r.version });
    expect(replied.status(), await replied.text()).toBe(200);

    await openMenu(page, '政府信息公开工作年度报告', '/open-government/annual-report');
    // The menu opens last year's report (due 31 January); this year's is one choice away.
    await page.getByRole('combobox', { name: '报告年度' }).waitFor();
    await page.goto(`${journey.baseUrl}/open-government/annual-report?year=${year}`);
    await partialRow().getByRole('button').first().waitFor();
    expect(Number(await partialRow().getByRole('button').first().textContent())).toBe(before + 1);
    await journey.shot(page, '01-report-tables');
    await partialRow().getByRole('button').first().click();
    const link = page.getByRole('link', { name: r.number });
    await link.waitFor();
    await journey.shot(page, '02-records-behind-a-figure');
    await link.click();
    await page.waitForURL(`**/disclosure-requests/${r.id}`);

    await page.goto(`${journey.baseUrl}/open-government/annual-report?year=${year}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: text('导出 Word') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toContain(`${year}年政府信息公开工作年度报告.docx`);
    const soffice = await findSoffice();
    if (soffice) {
      const dir = await mkdtemp(join(tmpdir(), 'yifa-e2e-report-'));
      try {
        const docx = join(dir, 'report.docx');
        await file.saveAs(docx);
        const pdf = await convertDocxToPdf(docx, dir);
        const { stdout } = await promisify(execFile)('pdftotext', [pdf, '-']);
        expect(stdout.replace(/\s+/g, '')).toContain(`${year}年政府信息公开工作年度报告`);
        expect(stdout.replace(/\s+/g, '')).toContain('三、收到和处理政府信息公开申请情况');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  });

  it('shows the published 2025 report on the public site, accessible', async () => {
    const page = await journey.open('visitor');
    await page.goto(`${journey.baseUrl}/gk/${DEMO_CODE}/reports`);
    await page.getByRole('link', { name: /2025年年度报告/ }).click();
    await page.getByRole('heading', { level: 1, name: /2025年政府信息公开工作年度报告/ }).waitFor();
    await page.getByRole('table', { name: '三、收到和处理政府信息公开申请情况' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await journey.shot(page, '03-public-report');
  });
});
