#!/usr/bin/env node
/* global fetch -- used inside page.evaluate, which runs in the browser */
// Screenshots of the web app at 1366×768 in Debian's Chromium, against a running server with the
// demo township (npm start). Usage:
//   node apps/web/scripts/screenshots.mjs [baseUrl] [outDir] [adminPassword]
//   YIFA_SHOTS=calendar,audit node apps/web/scripts/screenshots.mjs …   (only the named steps)
// Never downloads a browser: it drives /usr/bin/chromium through playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = path.resolve(process.argv[3] ?? '/tmp/yifa-shots');
const adminPassword = process.argv[4] ?? null;
const DEMO_PASSWORD = 'Demo-2026';
/** The 2026 notice (packages/domain calendar/holiday-notice.fixture.ts), pasted into 导入通知: the preview compares it with the stored year. */
const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
  经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
  一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
  二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
  三、清明节：4月4日（周六）至6日（周一）放假，共3天。
  四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
  五、端午节：6月19日（周五）至21日（周日）放假，共3天。
  六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
  七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。

国务院办公厅
2025年11月4日
`;
fs.mkdirSync(out, { recursive: true });

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1366, height: 768 },
  locale: 'zh-CN',
});
const page = context.pages()[0] ?? (await context.newPage());
const problems = [];
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
page.on('console', (m) => {
  if (m.type() === 'error') problems.push(`console: ${m.text()}`);
});

let n = 0;
async function shot(name) {
  n += 1;
  await page.waitForTimeout(400);
  const file = path.join(out, `${String(n).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

const only = process.env.YIFA_SHOTS ? new Set(process.env.YIFA_SHOTS.split(',')) : null;

async function step(name, fn) {
  if (only && !only.has(name)) return;
  try {
    await fn();
  } catch (error) {
    console.log(`STEP FAILED ${name}: ${error.message.split('\n')[0]}`);
    await shot(`failed-${name}`).catch(() => undefined);
  }
}

let currentUser = null;

async function login(username, password) {
  currentUser = username;
  await page.goto(`${base}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/^密码$|^Password$/).fill(password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

/** Signs in as `username` unless already (steps can run alone with YIFA_SHOTS). */
async function as(username) {
  if (currentUser === username) return;
  if (currentUser) await logout();
  await login(username, DEMO_PASSWORD);
}

async function open(url, waitFor = 'main') {
  await page.goto(`${base}${url}`);
  await page.waitForLoadState('networkidle');
  await page.locator(waitFor).first().waitFor();
  await page.waitForTimeout(600);
}

async function logout() {
  currentUser = null;
  await page.evaluate(async () => {
    const s = await fetch('/api/auth/session')
      .then((r) => r.json())
      .catch(() => null);
    if (s?.csrfToken)
      await fetch('/api/auth/logout', {
        method: 'POST',
        headers: { 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
        body: '{}',
      });
  });
}

await step('login', async () => {
  await page.goto(`${base}/login`);
  await page.waitForLoadState('networkidle');
  await shot('login');
  await page.getByLabel(/用户名/).fill('demo-admin');
  await page.getByLabel(/^密码$/).fill('wrong-password');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').waitFor();
  await shot('login-wrong-password');
  await page.getByRole('button', { name: /English/ }).click();
  await shot('login-english');
  await page.getByRole('button', { name: /简体中文/ }).click();
});

await step('workbench', async () => {
  await login('demo-admin', DEMO_PASSWORD);
  await page.waitForTimeout(800);
  await shot('workbench');
  await page.goto(`${base}/notifications`);
  await page.waitForLoadState('networkidle');
  await shot('notifications');
});

await step('org-tree', async () => {
  await page.goto(`${base}/org/tree`);
  await page.getByRole('tree').waitFor();
  await shot('org-tree');
  await page.getByRole('tree').getByText('司法所', { exact: true }).click();
  await shot('org-tree-selected');
  await page.getByRole('button', { name: /删\s*除/ }).click();
  await page.getByRole('dialog').waitFor();
  await shot('org-delete-confirm');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /删\s*除/ })
    .click();
  await page.waitForTimeout(800);
  await shot('org-delete-has-children');
  await page.keyboard.press('Escape');
  await page.getByRole('tree').getByText('【演示】笔架山乡', { exact: false }).first().click();
  await page.getByRole('button', { name: /新增下级机构/ }).click();
  await page.getByRole('menuitem', { name: /新增站所/ }).click();
  await page.getByRole('dialog').waitFor();
  await shot('org-add-department');
  await page.keyboard.press('Escape');
});

await step('people', async () => {
  await page.goto(`${base}/org/people`);
  await page.getByRole('table').waitFor();
  await page.waitForLoadState('networkidle');
  await shot('people');
  await page.getByRole('button', { name: /新增干部/ }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByLabel('身份证号').fill('430903199001011234');
  await page.getByLabel('电话').fill('12345');
  await page.keyboard.press('Enter');
  await shot('person-form-invalid');
  await page.keyboard.press('Escape');
});

await step('users', async () => {
  await page.goto(`${base}/org/users`);
  await page.getByRole('table').waitFor();
  await page.waitForLoadState('networkidle');
  await shot('users');
  await page.getByRole('button', { name: /新增用户/ }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByLabel('初始密码').fill('abc');
  await shot('user-form');
  await page.keyboard.press('Escape');
});

await step('roles', async () => {
  await page.goto(`${base}/org/roles`);
  await page.getByRole('table').waitFor();
  await page.waitForLoadState('networkidle');
  await shot('roles');
  await page.getByRole('button', { name: /新增角色/ }).click();
  await page.getByRole('dialog').waitFor();
  await shot('role-form');
  await page.keyboard.press('Escape');
  await page
    .getByRole('button', { name: /查\s*看/ })
    .first()
    .click();
  await page.getByRole('dialog').waitFor();
  await shot('role-builtin-view');
  await page.keyboard.press('Escape');
});

await step('account', async () => {
  await page.goto(`${base}/account/password`);
  await page.getByLabel('新密码', { exact: true }).fill('abcdefgh1');
  await shot('account-password');
  await page.goto(`${base}/account/totp`);
  await page.getByRole('button', { name: /开始绑定/ }).click();
  await page.getByRole('img').last().waitFor();
  await shot('account-totp');
});

await step('english', async () => {
  await page.goto(`${base}/org/users`);
  await page.getByRole('button', { name: /English/ }).click();
  await page.waitForTimeout(300);
  await shot('users-english');
  await page.getByRole('button', { name: /简体中文/ }).click();
});

await step('keyboard', async () => {
  await page.goto(`${base}/org/people`);
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Tab');
  await shot('skip-link-focused');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await shot('after-skip-link');
});

await step('village', async () => {
  await logout();
  await login('demo-village', DEMO_PASSWORD);
  await page.goto(`${base}/org/people`);
  await page.getByRole('table').waitFor();
  await page.waitForLoadState('networkidle');
  await shot('village-people');
  await page.goto(`${base}/org/users`);
  await shot('village-users-forbidden');
});

await step('leader', async () => {
  await logout();
  await login('demo-leader', DEMO_PASSWORD);
  await page.goto(`${base}/org/people`);
  await page.getByRole('table').waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .getByRole('button', { name: /显示完整信息/ })
    .first()
    .click();
  await page.getByRole('dialog').waitFor();
  await shot('leader-view-personal-confirm');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /显示完整信息/ })
    .click();
  await page.waitForTimeout(800);
  await shot('leader-view-personal');
  await page.keyboard.press('Escape');
});

await step('county', async () => {
  await logout();
  await login('demo-county', DEMO_PASSWORD);
  await page.goto(`${base}/org/tree`);
  await page.getByRole('tree').waitFor();
  await shot('county-tree');
});

await step('deadlines', async () => {
  await as('demo-admin');
  await open('/deadlines', 'table');
  await shot('deadlines');
  const explain = page.getByRole('button', { name: /^说明: / });
  if (await explain.count()) {
    await explain.last().click();
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(800);
    await shot('deadline-explanation');
    await page.keyboard.press('Escape');
  }
  await open('/deadlines?filter=overdue', 'table');
  await shot('deadlines-overdue');
  const first = await page.evaluate(() =>
    fetch('/api/deadlines?pageSize=1')
      .then((r) => r.json())
      .then((b) => b.items?.[0]?.id ?? null),
  );
  if (first) {
    await open(`/deadlines/${first}`, '.ant-descriptions');
    await shot('deadline-page');
  }
});

await step('calendar', async () => {
  await as('demo-admin');
  await open('/system/calendar', '.yifa-month-grid');
  await shot('calendar');
  await page
    .getByRole('row', { name: /未录入/ })
    .first()
    .click();
  await page.waitForTimeout(400);
  await shot('calendar-missing-year');
  await page.getByRole('tab', { name: '期限计算器' }).click();
  await page.getByRole('button', { name: /添加延长/ }).click();
  await page.getByLabel('延长天数').fill('20');
  await page.getByLabel(/延长原因/).fill('经负责人批准延长');
  await page.getByRole('button', { name: /添加中止/ }).click();
  await page.getByLabel('开始日期').fill('2026-12-01');
  await page.keyboard.press('Enter');
  await page.getByLabel('结束日期').fill('2026-12-10');
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: '原因', exact: true }).fill('征求第三方意见');
  await page.getByRole('button', { name: /计\s*算/ }).click();
  await page.getByText('计算步骤').waitFor();
  await shot('calculator');
});

await step('dictionaries', async () => {
  await as('demo-admin');
  await open('/system/dictionaries', 'table');
  await page.getByRole('menuitem', { name: /普法场所类型/ }).click();
  await page.waitForTimeout(300);
  await shot('dictionaries');
  await page
    .getByRole('button', { name: /编\s*辑/ })
    .first()
    .click();
  await page.getByRole('dialog').waitFor();
  await shot('dictionary-builtin-edit');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /新增条目/ }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByRole('dialog').getByLabel('代码').fill('Bad code');
  await page.getByRole('dialog').getByLabel('中文名称').fill('集市');
  await page.keyboard.press('Enter');
  await shot('dictionary-create-invalid');
  await page.keyboard.press('Escape');
});

await step('compliance', async () => {
  await as('demo-admin');
  await open('/compliance', 'table');
  await shot('compliance');
  await page
    .getByRole('button', { name: /规则设置/ })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('switch').first().waitFor();
  await shot('compliance-rule-settings');
  await page.keyboard.press('Escape');
});

await step('audit', async () => {
  await as('demo-admin');
  await open('/system/audit', 'table');
  await shot('audit');
  await page
    .getByRole('button', { name: /展开行|Expand row/ })
    .nth(1)
    .click();
  await page.waitForTimeout(400);
  await shot('audit-entry-expanded');
});

await step('settings', async () => {
  await as('demo-admin');
  await open('/system/settings', 'form');
  await shot('settings-read-only');
});

await step('village-menu', async () => {
  await as('demo-village');
  await open('/system/calendar', '.yifa-month-grid');
  await shot('village-calendar');
  await open('/compliance', 'table');
  await shot('village-compliance');
});

await step('english-pages', async () => {
  await as('demo-admin');
  await open('/system/calendar?tab=calculator', 'form');
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('button', { name: /Compute/ }).click();
  await page.getByText('Steps').waitFor();
  await shot('calculator-english');
  await open('/deadlines', 'table');
  await shot('deadlines-english');
  await page.getByRole('button', { name: /简体中文/ }).click();
});

if (adminPassword) {
  /** Signs in as the system administrator; at the first login the initial password is changed to Admin-2026-x. */
  const asAdmin = async () => {
    if (currentUser === 'admin') return;
    if (currentUser) await logout();
    await page.goto(`${base}/login`);
    await page.getByLabel(/用户名/).fill('admin');
    await page.getByLabel(/^密码$/).fill(adminPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 });
    currentUser = 'admin';
    if (page.url().includes('change-password')) {
      await page.getByLabel('新密码', { exact: true }).fill('Admin-2026-x');
      await shot('forced-password');
      await page.getByLabel('原密码').fill(adminPassword);
      await page.getByLabel('确认新密码').fill('Admin-2026-x');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.pathname.startsWith('/change-password'), { timeout: 15_000 });
      console.log('admin password is now Admin-2026-x');
    }
  };

  await step('admin', async () => {
    await asAdmin();
    await page.goto(`${base}/org/tree`);
    await page.getByRole('tree').waitFor();
    await shot('admin-tree');
    await page.getByRole('button', { name: /按区划代码建立乡镇/ }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('dialog').getByRole('combobox').first().fill('泉交河');
    await page.waitForTimeout(1200);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    await shot('township-preview');
    await page.keyboard.press('Escape');
  });

  await step('admin-platform', async () => {
    await asAdmin();
    await open('/system/calendar', '.yifa-month-grid');
    await shot('admin-calendar');
    await page
      .getByRole('button', { name: /编\s*辑/ })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    await shot('admin-calendar-editor');
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: /导入通知/ })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    await page.getByLabel('年度').fill('2026');
    await page.getByLabel('通知全文').fill(NOTICE_2026);
    await page.getByRole('button', { name: /识\s*别/ }).click();
    await page
      .getByText(/与已录入的/)
      .first()
      .waitFor();
    await shot('admin-notice-preview');
    await page.keyboard.press('Escape');
    await open('/system/settings', 'form');
    await page.getByLabel('锁定时长').fill('30');
    await page
      .getByRole('button', { name: /保\s*存/ })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    await shot('admin-settings-confirm');
    await page.keyboard.press('Escape');
    await page.getByLabel('锁定时长').fill('0');
    await page
      .getByRole('button', { name: /保\s*存/ })
      .first()
      .click();
    await shot('admin-settings-invalid');
    await open('/system/audit', 'table');
    await page.getByRole('button', { name: /校验哈希链/ }).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(600);
    await shot('admin-audit-verify');
    await page.keyboard.press('Escape');
    const download = page.waitForEvent('download', { timeout: 15_000 });
    await page.getByRole('button', { name: /导出 CSV/ }).click();
    console.log(`audit export downloaded as ${(await download).suggestedFilename()}`);
    await open('/system/dictionaries', 'table');
    await shot('admin-dictionaries');
  });
}

console.log(problems.length ? `browser problems:\n${[...new Set(problems)].join('\n')}` : 'no browser errors');
await context.close();
fs.rmSync(profile, { recursive: true, force: true });
