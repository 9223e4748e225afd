import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../platform/calendar/today.ts';
import { deadlines, orgs } from '../../platform/db/schema.ts';
import { DEMO_DIVISION_CODE, seedDemoIfFirstStart } from '../../platform/seed/demo.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { loadDisclosureActivityFacts } from './index.ts';
import { listBoardsWithState } from './use-cases/list-boards.ts';
import { pdBulletinBoards, pdPublications } from './tables.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo data', () => {
  it('gives the demo township a year of publications (a few late), boards with one lagging village, affairs records and the guide', async () => {
    expect(await seedDemoIfFirstStart(t.ctx)).not.toBeNull();
    const [township] = await t.ctx.db.select().from(orgs).where(eq(orgs.divisionCode, DEMO_DIVISION_CODE));
    const pubs = await t.ctx.db.select().from(pdPublications).where(eq(pdPublications.townshipId, township!.id));
    expect(pubs.length).toBeGreaterThan(25);
    expect(pubs.filter((p) => p.isLate).length).toBeGreaterThanOrEqual(2);
    expect(pubs.filter((p) => p.isLate === false).length).toBeGreaterThan(15);
    const pending = pubs.find((p) => p.publishedOn === null)!;
    const [open] = await t.ctx.db.select().from(deadlines).where(eq(deadlines.entityId, pending.id));
    expect(open).toMatchObject({ status: 'open', module: 'proactive-disclosure', kind: 'publish', dueDate: pending.dueDate });
    const year = Number(todayInChina().slice(0, 4));
    const facts = await loadDisclosureActivityFacts(t.ctx.db, township!.id, year);
    expect(facts.boardUpdates).toBeGreaterThan(20);
    expect(facts.villageAffairsDisclosures).toBeGreaterThan(0);
    expect(facts.partyAffairsDisclosures).toBeGreaterThan(0);
    const boards = await t.ctx.db.select().from(pdBulletinBoards).where(eq(pdBulletinBoards.townshipId, township!.id));
    const auth = {
      user: { townshipId: township!.id },
      scope: { kind: 'all', userId: '', townshipId: township!.id, townshipIds: [township!.id], orgIds: null, isReadOnly: false },
      permissions: new Set<string>(),
    };
    const state = await listBoardsWithState(t.ctx.db, auth as never);
    expect(state.boards).toHaveLength(boards.length);
    const lagging = state.boards.filter((b) => b.missingPeriods.length > 0);
    expect(lagging).toHaveLength(1);
    expect(lagging[0]!.missingPeriods.length).toBeLessThanOrEqual(2);
    const guide = await t.app.inject({ method: 'GET', url: `/gk/${DEMO_DIVISION_CODE}/guide` });
    expect(guide.body).toContain('笔架山乡党政综合办公室');
  });
});
