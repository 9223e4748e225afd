import type { ComplianceReport } from '@yifa/domain';
import type { ExamDetail, ImportResult, Ledger } from '@yifa/domain/law-study';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOf, apiResponse, DEMO_PASSWORD, openMenu, pick, signIn, startJourney, text, uniqueSuffix, type Journey } from './journey.ts';

const RULE = 'law-study.collective-sessions-per-year';

async function sheet(header: string[], rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const scoreSheet = (rows: (string | number)[][]) => sheet(['姓名', '所在单位', '成绩', '是否缺考'], rows);

/**
 * 学法用法: the ledger office records a session with attendance (one absence with its reason),
 * imports an exam's scores from Excel, and sees the hours ledger, the bulletin and the compliance
 * result ("每年集体学法活动不少于6次") move with it.
 */
describe('law study: a session, imported scores, the ledger and compliance', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('law-study');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('records a session with attendance, imports scores, and the ledger and compliance change', async () => {
    const tag = uniqueSuffix();
    const page = await journey.open('demo-admin');
    await signIn(page, 'demo-admin', DEMO_PASSWORD);
    const api = await apiOf(page);
    const year = new Date().getFullYear();
    const count = async () => {
      const report = (await (await api.get(`/compliance?year=${year}&ruleCode=${RULE}`)).json()) as ComplianceReport;
      return report.rules[0]!.evaluations[0]!.results[0]!.actual ?? 0;
    };
    const sessionsBefore = await count();
    const ledgerBefore = (await (await api.get(`/law-study/ledger?year=${year}`)).json()) as Ledger;
    const wangBefore = ledgerBefore.people.find((p) => p.name === '王建国')!.totalHours;

    // 学法活动: the demo year is there; record a new session for every cadre, 吴平 absent.
    // Every user action of the recording is counted (issue 8 item 21: it took 27 for a 30-person session):
    // a new session starts with everyone present, so the few absences are all there is to do.
    await openMenu(page, '学法活动', '/law-study/sessions');
    await page.getByRole('table').getByText('学习习近平法治思想').first().waitFor();
    await journey.shot(page, '01-sessions');
    let actions = 0;
    const act = async (step: Promise<unknown>, count = 1) => {
      await step;
      actions += count;
    };
    await act(page.getByRole('button', { name: text('登记学法活动') }).click());
    const dialog = page.getByRole('dialog', { name: '登记学法活动' });
    // Issue 8, items 13–14: messages name their field; 1000 h is refused, not clamped to 100.
    await dialog.getByRole('button', { name: text('保存') }).click();
    await dialog.getByText('请选择活动类型').waitFor();
    await dialog.getByText('请填写学习主题').waitFor();
    await dialog.getByLabel('学时', { exact: true }).fill('1000');
    await dialog.getByText('学时不能大于 100').waitFor();
    await journey.shot(page, '02a-session-form-refused');
    expect(Number(await dialog.getByLabel('学时', { exact: true }).inputValue())).toBe(1000);
    await act(pick(page, dialog.getByLabel('活动类型'), '集体', /集体学法/), 3); // click, type, Enter
    await act(dialog.getByLabel('学习主题').fill(`行政复议法学习${tag}`));
    await act(dialog.getByLabel('学时', { exact: true }).fill('4'));
    const roll = (await (await api.get('/law-study/roll')).json()) as unknown[];
    await dialog.getByText(`应到 ${roll.length} 人，出席 ${roll.length} 人，缺席 0 人`).waitFor();
    const search = dialog.getByRole('searchbox', { name: '查找参学人员' });
    await act(search.fill('吴平'));
    await act(search.press('Enter'));
    const reason = dialog.getByRole('textbox', { name: '缺席原因: 吴平' });
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await act(page.keyboard.type('外出参加培训'));
    await dialog.getByText(`应到 ${roll.length} 人，出席 ${roll.length - 1} 人，缺席 1 人`).waitFor();
    // Item 15: the form is complete now; Enter in the date field must take the date and not submit the dialog.
    let posted = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/law-study/sessions')) posted += 1;
    });
    const heldOn = dialog.getByLabel('日期', { exact: true });
    await heldOn.click();
    await heldOn.fill(`${year}-01-05`);
    await heldOn.press('Enter');
    await expect.poll(() => heldOn.inputValue()).toBe(`${year}-01-05`);
    await page.waitForTimeout(1000);
    expect(posted).toBe(0);
    expect(await dialog.isVisible()).toBe(true);
    await reason.scrollIntoViewIfNeeded();
    await journey.shot(page, '02-session-form-with-absence');
    const created = apiResponse(page, 'POST', '/law-study/sessions');
    await act(dialog.getByRole('button', { name: text('保存') }).click());
    expect((await created).status()).toBe(201);
    const body = (await (await created).request().postDataJSON()) as { attendance: { isPresent: boolean; absenceReason: string | null }[] };
    expect(body.attendance).toHaveLength(roll.length);
    expect(body.attendance.filter((a) => !a.isPresent)).toEqual([expect.objectContaining({ absenceReason: '外出参加培训' })]);
    console.info(`recording a ${roll.length}-person session with one absence: ${actions} actions`);
    expect(actions).toBeLessThanOrEqual(10);
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('table').getByText(`行政复议法学习${tag}`).waitFor();

    // 学法考试: an exam (made through the API), its scores imported from Excel in the exam's drawer.
    const examId = (
      (await (
        await api.post('/law-study/exams', { kind: 'general', title: `法治考试${tag}`, heldOn: `${year}-11-01`, passMark: 60 })
      ).json()) as { id: string }
    ).id;
    await openMenu(page, '学法考试', '/law-study/exams');
    await page.getByRole('button', { name: `法治考试${tag}` }).click();
    const drawer = page.getByRole('dialog', { name: `法治考试${tag}` });
    await drawer.getByRole('button', { name: text('导入成绩') }).click();
    const importDialog = page.getByRole('dialog', { name: /从 Excel 导入/ });
    const imported = apiResponse(page, 'POST', '/law-study/imports/scores');
    await importDialog.locator('input[type="file"]').setInputFiles({
      name: '成绩.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await scoreSheet([
        ['赵刚', '司法所', 92, ''],
        ['周敏', '', 58, ''],
        ['吴平', '', '', '是'],
      ]),
    });
    const result = (await (await imported).json()) as ImportResult;
    expect(result).toMatchObject({ rowCount: 3, created: 3, isRepeat: false });
    await importDialog.getByText(/导入完成：共 3 行/).waitFor();
    await journey.shot(page, '03-scores-imported');
    await importDialog
      .getByRole('button', { name: text('关闭') })
      .last()
      .click();
    const exam = (await (await api.get(`/law-study/exams/${examId}`)).json()) as ExamDetail;
    expect(exam).toMatchObject({ takenCount: 2, passedCount: 1, absentCount: 1 });
    await drawer.getByText('缺考人员').waitFor();
    await drawer.getByRole('button', { name: '关闭' }).first().click();
    await drawer.waitFor({ state: 'hidden' });

    // 学时台账: the new session counts for 王建国 (present), the bulletin renders.
    await openMenu(page, '学时台账', '/law-study/hours');
    await page.getByTestId('ledger-summary').waitFor();
    const ledger = (await (await api.get(`/law-study/ledger?year=${year}`)).json()) as Ledger;
    expect(ledger.people.find((p) => p.name === '王建国')!.totalHours).toBe(wangBefore + 4);
    expect(ledger.sessionCount).toBe(ledgerBefore.sessionCount + 1);
    await journey.shot(page, '04-hours-ledger');
    const bulletin = apiResponse(page, 'GET', '/law-study/bulletin');
    await page.getByRole('button', { name: text('通报（Word）') }).click();
    const word = await bulletin;
    expect(word.status()).toBe(200);
    expect(word.headers()['content-type']).toContain('wordprocessingml');

    // 合规情况: the collective-sessions rule counts one more session.
    expect(await count()).toBe(sessionsBefore + 1);
    await page.goto(`/compliance?year=${year}`);
    await page.getByText('每年集体学法活动不少于6次').first().waitFor();
    await journey.shot(page, '05-compliance');

    // The other pages as the demo year fills them, and a cadre's hours in the cadre dialog.
    await openMenu(page, '自学申报', '/law-study/self-studies');
    await page.getByRole('table').getByText('待审核').first().waitFor();
    await journey.shot(page, '06-self-study');
    await page.goto(`/law-study/appointments?year=${year}`);
    await page.getByRole('table').getByText('党委委员、副乡长').waitFor();
    await journey.shot(page, '07-appointments');
    await openMenu(page, '干部', '/org/people');
    await page
      .getByRole('row', { name: /王建国/ })
      .getByRole('button', { name: text('编辑') })
      .click();
    const cadre = page.getByRole('dialog', { name: '编辑干部' });
    await cadre.getByTestId('person-study-hours').waitFor();
    await expect(cadre.getByTestId('person-study-hours').textContent()).resolves.toContain(`${wangBefore + 4} / 60 学时`);
    await journey.shot(page, '08-cadre-dialog-hours');
    await cadre.getByRole('button', { name: text('取消') }).click();
    await cadre.waitFor({ state: 'hidden' });

    // 干部: the roll imported from Excel — a bad ID number refused by row, then the corrected sheet.
    await page.getByRole('button', { name: text('从 Excel 导入') }).click();
    const cadreImport = page.getByRole('dialog', { name: '从 Excel 导入干部名单' });
    const sendRoll = async (id: string) => {
      const answered = apiResponse(page, 'POST', '/people/import');
      await cadreImport.locator('input[type="file"]').setInputFiles({
        name: '干部名单.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await sheet(['姓名', '所在单位', '职务', '身份证号码'], [[`新干部${tag}`, '司法所', '司法助理员', id]]),
      });
      return answered;
    };
    expect((await sendRoll('430102198001010010')).status()).toBe(400);
    await cadreImport.getByText('第 2 行').waitFor();
    await journey.shot(page, '09-cadre-import-row-error');
    const body17 = `43010219800101${String(Math.floor(Math.random() * 1e3)).padStart(3, '0')}`;
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    expect((await sendRoll(`${body17}${'10X98765432'[w.reduce((sum, x, i) => sum + x * Number(body17[i]), 0) % 11]}`)).status()).toBe(200);
    await cadreImport.getByText(/导入完成：共 1 行，新增 1 人/).waitFor();
    await journey.shot(page, '10-cadre-import-done');
  });
});
