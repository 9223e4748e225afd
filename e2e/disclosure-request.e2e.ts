import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { DEMO_PASSWORD, pick, signIn, startJourney, text, type Journey } from './journey.ts';

/** The demo township's division code (apps/server/src/platform/seed/demo.ts). */
const DEMO_CODE = '430903209000';
const DIGITS = '零一二三四五六七八九';

/** '二十三' → 23, '十七' → 17, '七' → 7: the human check's numbers in words (platform/public-site/human-check.ts). */
function wordsToNumber(words: string): number {
  const [tens, ones] = words.includes('十') ? (words.split('十') as [string, string]) : ['', words];
  const t = words.includes('十') ? (tens ? DIGITS.indexOf(tens) : 1) : 0;
  return t * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}

async function answerHumanCheck(page: Page): Promise<void> {
  const label = await page.locator('label[for="f-humanAnswer"]').innerText();
  const [, a, b] = /^(.+?)加(.+?)等于/.exec(label)!;
  await page.getByLabel(label.replace(/\s*\*$/, '')).fill(String(wordsToNumber(a!) + wordsToNumber(b!)));
}

async function addDays(days: number): Promise<string> {
  const d = new Date(Date.now() + 8 * 3600 * 1000 + days * 86400 * 1000);
  return d.toISOString().slice(0, 10);
}

/** Runs one workflow step: its button, the dialog's fields, 保存; waits for the dialog to close. */
async function step(
  page: Page,
  button: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {},
): Promise<void> {
  await page.getByRole('button', { name: text(button), exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: text('保存') }).click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * 依申请公开: a member of the public applies online (no account) and follows the status; staff confirm
 * receipt, ask for clarification, record the corrected application, consult a third party, ask for an
 * extension that the leader approves, reply with a partial disclosure and download the letter; the
 * tracking page then shows 已答复. The public pages pass axe (WCAG 2.1 AA, serious/critical: none).
 */
describe('disclosure request', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('disclosure-request');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('goes from an online application to a partial disclosure, followed by the applicant', async () => {
    // ── The applicant, on the public site ────────────────────────────────────
    const visitor = await journey.open('visitor');
    await visitor.goto(`${journey.baseUrl}/gk/${DEMO_CODE}/`);
    await visitor.getByRole('link', { name: '依申请公开' }).first().click();
    await visitor.getByRole('heading', { level: 1, name: '政府信息公开申请' }).waitFor();
    expect(await visitor.locator('script').count()).toBe(0);
    expect(await seriousAxeFindings(visitor)).toEqual([]);
    await visitor.getByLabel('姓名或名称').fill('欧阳明');
    await visitor.getByLabel('身份证号码（自然人）').fill('11010519491231002X');
    await visitor.getByLabel('电子邮箱').fill('ouyang@example.cn');
    await visitor.getByLabel(/所需政府信息的名称/).fill('2026年笔架山乡东村道路硬化工程预算及验收资料');
    await answerHumanCheck(visitor);
    await journey.shot(visitor, '01-public-form');
    await visitor.getByRole('button', { name: '提交申请' }).click();
    await visitor.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor();
    const number = await visitor.getByTestId('tracking-number').innerText();
    const secret = await visitor.getByTestId('tracking-secret').innerText();
    await journey.shot(visitor, '02-public-submitted');
    const track = async () => {
      await visitor.goto(`${journey.baseUrl}/gk/${DEMO_CODE}/requests/track?number=${encodeURIComponent(number)}`);
      await visitor.getByLabel('查询密码').fill(secret);
      await visitor.getByRole('button', { name: '查询' }).click();
      await visitor.getByRole('table').waitFor();
    };
    await track();
    await expect.poll(() => visitor.getByRole('table').innerText()).toContain('待确认');
    expect(await seriousAxeFindings(visitor)).toEqual([]);
    await journey.shot(visitor, '03-public-tracking-awaiting');

    // ── Staff of the township ────────────────────────────────────────────────
    const staff = await journey.open('demo-admin');
    await signIn(staff, 'demo-admin', DEMO_PASSWORD);
    await staff.goto('/disclosure-requests');
    await staff.getByRole('heading', { level: 1, name: '依申请公开' }).waitFor();
    await journey.shot(staff, '04-list');
    await staff.getByRole('link', { name: number }).click();
    await staff.getByRole('heading', { level: 1, name: text(`申请详情 ${number}`) }).waitFor();
    await step(staff, '确认收到');
    await staff.getByText('答复期限（条例第三十三条）').waitFor();
    await step(staff, '发出补正通知', async (d) => {
      await d.getByLabel('补正期限').fill(await addDays(10));
      await d.getByLabel('补正期限').press('Enter');
      await d.getByLabel('需要补正的事项').fill('请写明所需验收资料的名称');
    });
    await staff.getByText('待补正').first().waitFor();
    await step(staff, '登记补正后的申请', async (d) => {
      await d.getByLabel(/补正后的所需信息描述/).fill('2026年笔架山乡东村道路硬化工程预算及竣工验收报告');
    });
    await step(staff, '征求意见', async (d) => {
      await d.getByLabel('征求意见对象', { exact: true }).fill('益阳市某路桥工程有限公司');
    });
    await staff.getByText('征求意见中').first().waitFor();
    await step(staff, '申请延期', async (d) => {
      await d.getByLabel('延期理由').fill('需调取工程档案并征求施工单位意见');
    });
    await journey.shot(staff, '05-request-consulting');

    // ── The leader approves the extension (条例第三十三条第二款) ──────────────
    const leader = await journey.open('demo-leader');
    await signIn(leader, 'demo-leader', DEMO_PASSWORD);
    await leader.goto(staff.url());
    await step(leader, '批准延期');
    await leader.getByText(/已延长 20 个工作日/).waitFor();

    // ── Staff: the answer, the reply, the letter ─────────────────────────────
    await staff.reload();
    await step(staff, '登记意见回复', async (d) => {
      await d.getByLabel('第三方不同意公开').check();
    });
    await step(staff, '拟写答复', async (d) => {
      await pick(staff, d.getByLabel('答复结果'), '部分', /部分公开/);
      await d.getByLabel('理由').fill('工程结算中的单价明细涉及施工单位商业秘密，施工单位不同意公开');
    });
    await expect.poll(() => staff.getByTestId('letter-text').innerText()).toContain('应当先向行政复议机关申请行政复议');
    await staff.getByRole('button', { name: text('出具答复') }).click();
    await staff
      .getByRole('dialog')
      .getByRole('button', { name: text('出具答复') })
      .click();
    await staff.getByText('已答复').first().waitFor();
    await journey.shot(staff, '06-request-replied');
    const download = staff.waitForEvent('download');
    await staff.getByRole('button', { name: text('下载告知书') }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);

    // ── The applicant sees the reply ─────────────────────────────────────────
    await track();
    await expect.poll(() => visitor.getByRole('table').innerText()).toContain('已答复');
    expect(await visitor.getByRole('table').innerText()).toContain('部分公开');
    expect(await seriousAxeFindings(visitor)).toEqual([]);
    await journey.shot(visitor, '07-public-tracking-replied');
  });
});
