import { isValidIdNumber } from '@yifa/domain';
import type { APIResponse, Browser, Locator, Page, Response } from 'playwright-core';
import { expect, inject, onTestFailed } from 'vitest';
import { launch, newPage, shot } from './browser.ts';
import { ADMIN_PASSWORD } from './yifa-server.ts';

/** Every demo account's password (apps/server/src/platform/seed/demo.ts). */
export const DEMO_PASSWORD = 'Demo-2026';

/** A short random tag, so journeys never collide on names whatever order they run in. */
export function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 7);
}

/**
 * A valid citizen ID number (GB 11643: 17 digits and the MOD 11-2 check character) that no other
 * journey uses: the server refuses the same ID number twice in a township.
 */
export function randomIdNumber(): string {
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const sequence = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
  const base = `110105${1960 + Math.floor(Math.random() * 40)}${month}${day}${sequence}`;
  const check = [...'0123456789X'].find((c) => isValidIdNumber(base + c));
  if (!check) throw new Error(`no check character for ${base}`);
  return base + check;
}

/** A mainland mobile number. */
export function randomMobile(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/**
 * antd puts a space between the two characters of a two-character Chinese button ("登 录") and icons
 * add their own name ("plus 新增干部"), so buttons are found by their text with optional spaces.
 */
export function text(label: string, { atEnd = false }: { atEnd?: boolean } = {}): RegExp {
  const body = [...label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  return new RegExp(atEnd ? `${body}\\s*$` : body);
}

export interface Journey {
  browser: Browser;
  baseUrl: string;
  /**
   * A new browser context (own cookies) with one page, for one actor of the journey. Call it inside
   * a test: when the test fails, the page is saved as `<journey>-failed-<actor>.png`.
   */
  open: (actor: string) => Promise<Page>;
  /** Waits for the page to settle, then saves `<journey>-<name>.png` (name: `NN-what-it-shows`). */
  shot: (page: Page, name: string) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * One Chromium per journey file, named after the file, e.g. startJourney('village-scope'), against
 * the Yifa of the global setup (or another one, e.g. a server of the journey's own).
 */
export async function startJourney(name: string, baseUrl: string = inject('baseUrl')): Promise<Journey> {
  const browser = await launch();
  return {
    browser,
    baseUrl,
    open: async (actor) => {
      const page = await newPage(browser, baseUrl);
      onTestFailed(async () => {
        await shot(page, `${name}-failed-${actor}`).catch(() => undefined);
        // What the page showed, in the run's output (CI keeps no pictures): its address and text.
        const text = await page
          .locator('body')
          .innerText({ timeout: 2000 })
          .catch(() => '(页面无法读取)');
        console.log(`\n失败时的页面（${actor}）：${page.url()}\n${text.replace(/\s+/g, ' ').slice(0, 1200)}`);
      });
      return page;
    },
    shot: async (page, shotName) => {
      await settle(page);
      await expectNoPlaceholders(page);
      await shot(page, `${name}-${shotName}`);
    },
    close: () => browser.close(),
  };
}

/**
 * Waits until nothing on the page is still loading or moving: no spinner, skeleton, loading card or
 * loading button of antd, no enter/leave animation (a closing dropdown, an opening dialog), no chart
 * still waiting for ECharts.
 */
export async function settle(page: Page): Promise<void> {
  // Only for nicer screenshots: assertions wait for what they need themselves. A page that keeps an
  // animation class longer (a busy CI machine) is photographed as it is after 5 s, not failed.
  await page
    .waitForFunction(
      () =>
        !document.querySelector(
          [
            '.ant-spin-spinning',
            '.ant-skeleton-active',
            '.ant-card-loading-content',
            '.ant-btn-loading',
            '[class*="-appear-active"]',
            '[class*="-enter-active"]',
            '[class*="-leave-active"]',
            // A LazyChart (components/lazy-chart.tsx) is a div role="img" until ECharts, loaded on first use, takes it over.
            'div[role="img"]:not([_echarts_instance_])',
          ].join(', '),
        ),
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
}

/**
 * A clerk never sees an i18n placeholder: "请填写{{field}}" reached the law-study dialogs (issue 8,
 * item 13). Checked at every step a journey photographs and on every page it opens from the menu.
 */
export async function expectNoPlaceholders(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  const at = text.indexOf('{{');
  expect(at, `"{{" on ${page.url()}: …${text.slice(Math.max(0, at - 40), at + 40)}…`).toBe(-1);
}

/** Types the credentials on the sign-in page and waits until the app has taken the user elsewhere. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: text('登录') }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The password the shared server's system administrator gets from the first journey that signs in as `admin`. */
export const SYSTEM_ADMIN_PASSWORD = 'Yifa-Sys-Admin-2026';

/**
 * Signs in as the shared server's system administrator, changing the initial password first if no
 * journey has done so yet (its first sign-in is journeyed on a server of its own: admin-first-login).
 */
export async function signInAsSystemAdmin(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: text('登录') }).click();
  const refused = page.getByRole('alert').filter({ hasText: '用户名或密码错误' });
  await Promise.race([page.waitForURL((url) => !url.pathname.startsWith('/login')), refused.waitFor()]);
  if (await refused.isVisible()) {
    await signIn(page, 'admin', SYSTEM_ADMIN_PASSWORD);
    return;
  }
  await page.waitForURL('**/change-password');
  await page.getByLabel('原密码').fill(ADMIN_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill(SYSTEM_ADMIN_PASSWORD);
  await page.getByLabel('确认新密码').fill(SYSTEM_ADMIN_PASSWORD);
  await page.getByRole('button', { name: text('保存') }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/change-password'));
}

/** Signs out through the user menu in the header and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^用户菜单/ }).click();
  await page.getByRole('menuitem', { name: text('退出') }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
}

/**
 * Opens an entry of the left menu (its groups are open by default) and waits for the page's own
 * title: the address changes before the lazily loaded page replaces the previous one.
 */
export async function openMenu(page: Page, label: string, path: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '主菜单' })
    .getByRole('menuitem', { name: text(label, { atEnd: true }) })
    .click();
  await page.waitForURL((url) => url.pathname === path);
  await page.getByRole('heading', { level: 1, name: label, exact: true }).waitFor();
  await expectNoPlaceholders(page);
}

/** Signs the page's browser context in through the API only: for what a journey prepares without showing it. */
export async function signInByApi(page: Page, username: string, password: string): Promise<Api> {
  const res = await page.request.post('/api/auth/login', { data: { username, password } });
  if (!res.ok()) throw new Error(`sign-in of ${username} failed: ${res.status()} ${await res.text()}`);
  return apiOf(page);
}

export interface Api {
  get: (path: string) => Promise<APIResponse>;
  post: (path: string, body: unknown) => Promise<APIResponse>;
}

/**
 * The API with the page's session (its cookies), for what a journey prepares or checks beside the
 * screens; state changes carry the session's CSRF token as the web app sends it.
 */
export async function apiOf(page: Page): Promise<Api> {
  const session = await page.request.get('/api/auth/session');
  if (!session.ok()) throw new Error(`no session: ${session.status()} ${await session.text()}`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  return {
    get: (path) => page.request.get(`/api${path}`),
    post: (path, body) => page.request.post(`/api${path}`, { data: body as object, headers: { 'x-csrf-token': csrfToken } }),
  };
}

/** Picks an entry of an antd Select / TreeSelect by typing part of it: the first match is active, Enter takes it. */
export async function pick(page: Page, field: Locator, search: string, option: RegExp): Promise<void> {
  await field.click();
  await field.fill(search);
  await page
    .getByRole('option', { name: option })
    .or(page.getByRole('treeitem', { name: option }))
    .first()
    .waitFor({ state: 'attached' });
  await field.press('Enter');
  // Leaving the field closes the list (a multiple select and a tree select stay open after Enter).
  await field.blur();
  await expect.poll(() => field.getAttribute('aria-expanded')).toBe('false');
}

/** Waits for the next response of the API route (method and path without /api), e.g. ('POST', '/people'). */
export function apiResponse(page: Page, method: string, path: string): Promise<Response> {
  return page.waitForResponse((r) => r.request().method() === method && new URL(r.url()).pathname === `/api${path}`);
}
