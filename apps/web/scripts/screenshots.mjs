#!/usr/bin/env node
/* global fetch -- used inside page.evaluate, which runs in the browser */
// Screenshots of the web app at 1366×768 in Debian's Chromium, against a running server with the
// demo township (npm start). Usage:
//   node apps/web/scripts/screenshots.mjs [baseUrl] [outDir] [adminPassword]
// Never downloads a browser: it drives /usr/bin/chromium through playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = path.resolve(process.argv[3] ?? '/tmp/yifa-shots');
const adminPassword = process.argv[4] ?? null;
const DEMO_PASSWORD = 'Demo-2026';
fs.mkdirSync(out, { recursive: true });

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1366, height: 768 },
  locale: 'zh-CN',
});
const page = context.pages()[0] ?? (await context.newPage());
const problems = [];
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });

let n = 0;
async function shot(name) {
  n += 1;
  await page.waitForTimeout(400);
  const file = path.join(out, `${String(n).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

async function step(name, fn) {
  try {
    await fn();
  } catch (error) {
    console.log(`STEP FAILED ${name}: ${error.message.split('\n')[0]}`);
    await shot(`failed-${name}`).catch(() => undefined);
  }
}

async function login(username, password) {
  await page.goto(`${base}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/^密码$|^Password$/).fill(password);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

async function logout() {
  await page.evaluate(async () => {
    const s = await fetch('/api/auth/session').then((r) => r.json()).catch(() => null);
    if (s?.csrfToken) await fetch('/api/auth/logout', { method: 'POST', headers: { 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' }, body: '{}' });
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
  await page.getByRole('dialog').getByRole('button', { name: /删\s*除/ }).click();
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
  await page.getByRole('button', { name: /查\s*看/ }).first().click();
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
  await page.getByRole('button', { name: /显示完整信息/ }).first().click();
  await page.getByRole('dialog').waitFor();
  await shot('leader-view-personal-confirm');
  await page.getByRole('dialog').getByRole('button', { name: /显示完整信息/ }).click();
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

if (adminPassword) {
  await step('admin', async () => {
    await logout();
    await page.goto(`${base}/login`);
    await page.getByLabel(/用户名/).fill('admin');
    await page.getByLabel(/^密码$/).fill(adminPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 });
    if (page.url().includes('change-password')) {
      await page.getByLabel('新密码', { exact: true }).fill('Admin-2026-x');
      await shot('forced-password');
      await page.getByLabel('原密码').fill(adminPassword);
      await page.getByLabel('确认新密码').fill('Admin-2026-x');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.pathname.startsWith('/change-password'), { timeout: 15_000 });
      console.log('admin password is now Admin-2026-x');
    }
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
}

console.log(problems.length ? `browser problems:\n${[...new Set(problems)].join('\n')}` : 'no browser errors');
await context.close();
fs.rmSync(profile, { recursive: true, force: true });
