import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signIn, startJourney, type Journey } from './journey.ts';

/**
 * The frame of every workbench page, as a screen-reader user meets it: one main landmark, reached
 * by the skip link (HTML Living Standard §4.4.14: a document must not have more than one visible
 * main element; WCAG 2.1 SC 1.3.1 / 2.4.1).
 */
describe('landmarks of the workbench frame', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney('landmarks');
  });
  afterAll(async () => {
    await journey?.close();
  });

  // antd's Layout.Content renders <main>; the layout uses a plain div there so that <main id="main">
  // (the skip link's target) is the page's only main landmark.
  it("has exactly one main landmark, the skip link's target", async () => {
    const page = await journey.open('demo-leader');
    await signIn(page, 'demo-leader', DEMO_PASSWORD);
    await page.getByRole('heading', { name: '李明华，您好' }).waitFor();
    await journey.shot(page, '01-leader-workbench');
    const mains = page.getByRole('main');
    expect(await mains.count()).toBe(1);
    await expect(mains.getAttribute('id')).resolves.toBe('main');
  });
});
