import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, settle, signIn, signInAsSystemAdmin, startJourney, type Journey } from './journey.ts';

/**
 * Every page a role can open works for that role (issue 8 item 17): each entry of the left menu is
 * opened, and after it has loaded no skeleton is left, no error message shows, no request was
 * refused, nothing reads "{{", and the page has its heading and some content. The county reviewer
 * (above townships) is the case that broke: pages asked the API without naming a township.
 */
const ROLES = ['demo-county', 'demo-admin', 'demo-leader', 'demo-sfs', 'demo-village', 'demo-adviser', 'admin'] as const;

interface Visit {
  label: string;
  path: string;
  problems: string[];
}

async function visitEveryMenuEntry(page: Page, journey: Journey, role: string): Promise<Visit[]> {
  const refused: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/') && r.status() >= 400)
      refused.push(`${r.status()} ${r.request().method()} ${url.pathname}${url.search}`);
  });
  const entries = page.getByRole('navigation', { name: '主菜单' }).locator('li.ant-menu-item');
  await entries.first().waitFor();
  const labels = (await entries.allInnerTexts()).map((l) => l.trim());
  expect(labels.length).toBeGreaterThan(3);
  const visits: Visit[] = [];
  for (const [i, label] of labels.entries()) {
    // A message from the previous page may still be fading: start each page with none.
    await page.waitForFunction(() => !document.querySelector('.ant-message-notice, .ant-notification-notice'), undefined, {
      timeout: 10_000,
    });
    refused.length = 0;
    const before = await page.evaluate(() => document.querySelector('#main h1')?.textContent ?? '');
    await entries.nth(i).click();
    // The previous page stays until the new one's lazy chunk has loaded: wait for the new heading first.
    if (i > 0) {
      await page
        .waitForFunction((old) => (document.querySelector('#main h1')?.textContent ?? '') !== old, before, { timeout: 30_000 })
        .catch(() => undefined);
    }
    await page.waitForLoadState('networkidle');
    await settle(page);
    // A loaded page has lost its skeletons and shows content; on a busy machine that can take a while,
    // so wait for it (45 s), then judge: a skeleton still there is a page that never loads.
    await page
      .waitForFunction(
        () =>
          !document.querySelector('.ant-skeleton, .ant-card-loading-content') &&
          (document.querySelector('#main')?.textContent?.length ?? 0) > 40,
        undefined,
        { timeout: 45_000 },
      )
      .catch(() => undefined);
    const seen = await page.evaluate(() => ({
      path: location.pathname,
      skeletons: document.querySelectorAll('.ant-skeleton, .ant-card-loading-content').length,
      messages: [...document.querySelectorAll('.ant-message-notice, .ant-notification-notice')].map((e) => e.textContent ?? ''),
      text: document.querySelector('#main')?.textContent ?? '',
      heading: document.querySelector('#main h1')?.textContent?.trim() ?? '',
    }));
    const problems = [
      ...(seen.skeletons ? [`${seen.skeletons} skeleton(s) left`] : []),
      ...seen.messages.map((m) => `message: ${m}`),
      ...refused.map((r) => `refused: ${r}`),
      ...(seen.text.includes('{{') ? ['raw {{placeholder}}'] : []),
      ...(seen.heading ? [] : ['no heading']),
      ...(seen.text.length > 40 ? [] : ['no content']),
    ];
    visits.push({ label, path: seen.path, problems });
    await journey.shot(page, `${role}-${String(i + 1).padStart(2, '0')}`);
  }
  return visits;
}

describe('every menu entry works for every role', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('every-page');
  });
  afterAll(async () => {
    await journey?.close();
  });

  for (const role of ROLES) {
    it(`${role}: every page loads with a heading, no skeleton, no error, no {{`, async () => {
      const page = await journey.open(role);
      if (role === 'admin') await signInAsSystemAdmin(page);
      else await signIn(page, role, DEMO_PASSWORD);
      const visits = await visitEveryMenuEntry(page, journey, role);
      expect(visits.filter((v) => v.problems.length).map((v) => `${v.label} ${v.path}: ${v.problems.join('; ')}`)).toEqual([]);
    }, 600_000);
  }
});
