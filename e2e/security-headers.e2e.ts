import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF_MINIMAL, PNG_1X1 } from '../apps/server/src/platform/files/test-fixtures.ts';
import { DEMO_PASSWORD, settle, signIn, startJourney, text, type Journey } from './journey.ts';

/** The demo township's division code (apps/server/src/platform/seed/demo.ts). */
const DEMO_CODE = '430903209000';

/**
 * Every Content-Security-Policy violation and CSP console error of the page, from its first script
 * on (an init script runs before the page's own). A violation means the policy blocked something
 * the page needed, or the page tried something the policy exists to stop.
 */
async function watchCsp(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|X-Frame-Options/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.exposeFunction('reportCspViolation', (v: string) => {
    problems.push(v);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return problems;
}

async function visit(page: Page, url: string): Promise<void> {
  const res = await page.goto(url);
  const csp = res?.headers()['content-security-policy'] ?? '';
  expect(csp, url).toContain("script-src 'self'");
  expect(csp, url).toContain("frame-ancestors 'none'");
  expect(res?.headers()['x-frame-options'], url).toBe('DENY');
  await settle(page);
}

/**
 * The pages load under the real policy in Chromium: the public site (no script), and the signed-in
 * app with Ant Design's run-time styles, its dialogs, ECharts and the lazy-loaded bundles.
 */
describe('security headers in the browser', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('security-headers');
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('the public site loads without a CSP violation', async () => {
    const page = await journey.open('visitor');
    const problems = await watchCsp(page);
    for (const url of ['/gk/', `/gk/${DEMO_CODE}/`, `/gk/${DEMO_CODE}/requests/apply`, `/gk/${DEMO_CODE}/info`, `/gk/${DEMO_CODE}/guide`]) {
      await visit(page, `${journey.baseUrl}${url}`);
    }
    await page.getByRole('link', { name: '关怀模式' }).click();
    await page.getByRole('link', { name: '退出关怀模式' }).waitFor();
    await journey.shot(page, '01-public-guide-care');
    expect(problems).toEqual([]);
  });

  it('the app loads its pages, a dialog and charts without a CSP violation', async () => {
    const page = await journey.open('demo-admin');
    const problems = await watchCsp(page);
    await visit(page, `${journey.baseUrl}/login`);
    await signIn(page, 'demo-admin', DEMO_PASSWORD);
    await settle(page);
    for (const url of [
      '/org/people',
      '/law-study/sessions',
      '/law-study/hours',
      '/disclosure-requests',
      '/compliance',
      '/open-government/annual-report',
      '/proactive-disclosure/publications',
    ]) {
      await visit(page, `${journey.baseUrl}${url}`);
    }
    // ECharts draws on a canvas (and styles its tooltip inline).
    await visit(page, `${journey.baseUrl}/publicity/coverage`);
    await page.locator('canvas').first().waitFor();
    await journey.shot(page, '02-coverage-charts');
    await page.locator('canvas').first().hover();
    await visit(page, `${journey.baseUrl}/org/people`);
    await page.getByRole('button', { name: text('新增干部') }).click();
    await page.getByRole('dialog').waitFor();
    await journey.shot(page, '03-people-dialog');

    // The attachment preview frames /api/files/:id/content?inline=1 in the app: allowed for this
    // origin only (X-Frame-Options SAMEORIGIN, frame-ancestors 'self'), everything else is DENY.
    const ids = await page.evaluate(
      async (files) => {
        const { csrfToken } = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
        const out: string[] = [];
        for (const [name, base64] of files) {
          const body = new FormData();
          body.append('file', new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]), name);
          const res = await fetch('/api/files', { method: 'POST', body, headers: { 'x-csrf-token': csrfToken } });
          out.push(((await res.json()) as { id: string }).id);
        }
        return out;
      },
      [
        ['预览.png', PNG_1X1.toString('base64')],
        ['预览.pdf', PDF_MINIMAL.toString('base64')],
      ] as [string, string][],
    );
    for (const id of ids) {
      const loaded = page.waitForEvent('framenavigated', (f) => f.url().includes(`/api/files/${id}/content`));
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.append(frame);
      }, `/api/files/${id}/content?inline=1`);
      await loaded;
    }
    await page
      .frame({ url: new RegExp(`/api/files/${ids[0]}/content`) })!
      .locator('img')
      .waitFor();
    await settle(page);
    expect(problems).toEqual([]);
  });
});
