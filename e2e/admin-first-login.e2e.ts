import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signOut, startJourney, text, type Journey } from './journey.ts';
import { ADMIN_PASSWORD, startYifa, type YifaServer } from './yifa-server.ts';

/**
 * The system administrator's first sign-in: the initial password must be changed before anything
 * else (GB/T 22239-2019 §8.1.4.1/§8.1.4.2: no default passwords, complexity enforced). A first
 * sign-in happens once per installation, so this journey has a fresh Yifa of its own (without the
 * demo township) and the other journeys stay free to sign in as `admin` in any order.
 */
describe('admin first login', () => {
  let server: YifaServer;
  let journey: Journey;
  beforeAll(async () => {
    server = await startYifa({ demo: false });
    journey = await startJourney('admin-first-login', server.baseUrl);
  });
  afterAll(async () => {
    await journey?.close();
    await server?.stop();
  });

  it('forces the initial password to be changed, refuses a weak one, then signs in with the new one', async () => {
    const page = await journey.open('admin-first-login');
    const newPassword = `Yifa-${Math.random().toString(36).slice(2, 8)}-2026`;

    await page.goto('/login');
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await journey.shot(page, '01-login');

    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: text('登录') }).click();
    await page.waitForURL('**/change-password');
    await page.getByText('为了账号安全，首次登录须修改管理员发放的初始密码。').waitFor();
    await journey.shot(page, '02-change-password-forced');

    // A weak password: the policy shows what is missing and the form refuses it.
    await page.getByLabel('原密码').fill(ADMIN_PASSWORD);
    await page.getByLabel('新密码', { exact: true }).fill('password1');
    await page.getByLabel('确认新密码').fill('password1');
    await expect.poll(() => page.locator('[data-rule="classes"]').getAttribute('data-met')).toBe('false');
    await expect(page.locator('[data-rule="classes"]').textContent()).resolves.toContain('（当前 2 类）');
    await page.getByRole('button', { name: text('保存') }).click();
    await page.getByText('不符合密码要求').waitFor();
    expect(page.url()).toMatch(/\/change-password$/);
    await journey.shot(page, '03-change-password-weak-refused');

    // The server's own check: the new password must differ from the initial one.
    await page.getByLabel('新密码', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByLabel('确认新密码').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: text('保存') }).click();
    await page.getByText('新密码不能与原密码相同').waitFor();
    await journey.shot(page, '04-change-password-reuse-refused');

    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('确认新密码').fill(newPassword);
    await expect.poll(() => page.locator('[data-rule="classes"]').getAttribute('data-met')).toBe('true');
    await page.getByRole('button', { name: text('保存') }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/change-password'));
    await page.getByText('密码已修改，其他设备上的登录已退出').waitFor();
    await page.getByRole('button', { name: /^用户菜单: 系统管理员/ }).waitFor();
    await page.getByRole('heading', { name: '系统管理员，您好' }).waitFor();
    await expect(page.getByRole('navigation', { name: '主菜单' }).textContent()).resolves.toContain('组织机构');
    await journey.shot(page, '05-admin-home');

    await signOut(page);
    await page.getByText('已退出登录').waitFor();
    await journey.shot(page, '06-signed-out');

    // The initial password no longer opens the account; the new one does, without another change.
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: text('登录') }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    await journey.shot(page, '07-old-password-refused');

    await signIn(page, 'admin', newPassword);
    expect(new URL(page.url()).pathname).not.toBe('/change-password');
    await page.getByRole('heading', { name: '系统管理员，您好' }).waitFor();
    await journey.shot(page, '08-admin-signed-in-again');
  });
});
