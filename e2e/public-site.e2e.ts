import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from './axe.ts';
import { startJourney, type Journey } from './journey.ts';

/** The demo township's division code (apps/server/src/platform/seed/demo.ts). */
const DEMO_CODE = '430903209000';

/**
 * The public site (政务公开) as a visitor meets it, on a phone-sized and a desktop screen: no
 * sign-in, keyboard only, 关怀模式 on and off, and no serious or critical axe-core finding.
 */
describe('public site', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('public-site');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('lists the townships, opens the demo township\u2019s site by keyboard, and passes axe in both modes', async () => {
    const page = await journey.open('visitor');
    await page.goto(`${journey.baseUrl}/gk/`);
    await page.getByRole('link', { name: /笔架山乡/ }).click();
    await page.getByRole('heading', { level: 1, name: '政务公开' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/gk/${DEMO_CODE}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await journey.shot(page, '01-township-home');

    // Keyboard: the first Tab reaches the skip link, Enter moves focus into the main landmark.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.getByRole('link', { name: '关怀模式' }).click();
    await page.getByRole('link', { name: '退出关怀模式' }).waitFor();
    expect(await page.locator('body').getAttribute('class')).toBe('care');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('21px');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await journey.shot(page, '02-township-home-care');
    await page.getByRole('link', { name: '退出关怀模式' }).click();
    await page.getByRole('link', { name: '关怀模式' }).waitFor();
  });

  it('answers an unknown township with a page, not an error', async () => {
    const page = await journey.open('stranger');
    const res = await page.goto(`${journey.baseUrl}/gk/999999999999/`);
    expect(res?.status()).toBe(404);
    await page.getByRole('heading', { name: '页面不存在' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
  });
});
