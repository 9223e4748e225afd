/**
 * Budget of the proactive-disclosure issue, measured on this machine (never asserted in tests):
 *   1. loadDisclosureActivityFacts for a township with 20,000 publications  (target well under 200 ms)
 *   2. the public published-information page (/gk/<code>/info), first page with a search  (same)
 * A fresh embedded PostgreSQL in a temporary folder, migrated and seeded like a new install.
 * Run: `npm run bench:proactive-disclosure`.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { buildApp } from '../apps/server/src/app.ts';
import { createSecrets } from '../apps/server/src/platform/crypto/secrets.ts';
import { createSettingsService } from '../apps/server/src/platform/settings/settings-service.ts';
import { makeTownship } from '../apps/server/src/test/factories.ts';
import { loadDisclosureActivityFacts } from '../apps/server/src/modules/proactive-disclosure/index.ts';
import { pdCatalogItems, pdPublications } from '../apps/server/src/modules/proactive-disclosure/tables.ts';
import { eq } from 'drizzle-orm';
import { timed as time, withBenchDatabase } from './support.ts';

const N = 20_000;
const WORDS = [
  '安全生产',
  '农田水利',
  '低保',
  '预算',
  '土地征收',
  '宅基地',
  '应急预案',
  '招聘',
  '食品安全',
  '就业',
  '医疗保险',
  '道路',
  '防汛',
  '统计',
  '规划',
];
const CHANNELS = ['portal', 'bulletinBoard', 'wechat', 'serviceHall'];

await withBenchDatabase('pd', async ({ database, url: databaseUrl, dir }) => {
  const township = await makeTownship(database.db, '基准乡');
  const other = await makeTownship(database.db, '邻乡', township.countyId);
  const items = await database.db.select().from(pdCatalogItems).where(eq(pdCatalogItems.townshipId, township.townshipId));

  const t0 = performance.now();
  for (const [tid, count] of [
    [township.townshipId, N],
    [other.townshipId, 2000],
  ] as const) {
    for (let start = 0; start < count; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, count - start) }, (_, k) => {
        const i = start + k;
        const day = new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
        const isLate = i % 20 === 0;
        const isPending = i % 97 === 0;
        return {
          townshipId: tid,
          orgId: tid,
          catalogItemId: items[i % items.length]!.id,
          title: `关于${WORDS[i % WORDS.length]}工作的第${i}号公开信息`,
          summary: `${WORDS[(i * 7) % WORDS.length]}相关情况说明（${i}）`,
          docNumber: i % 5 === 0 ? `基政发〔${day.slice(0, 4)}〕${i}号` : null,
          indexNumber: `IDX-${i}`,
          formedOn: day,
          publishedOn: isPending ? null : day,
          channels: [CHANNELS[i % 4]!, ...(i % 3 === 0 ? ['portal'] : [])].filter((c, j, a) => a.indexOf(c) === j),
          timeLimitDays: 20,
          dueDate: day,
          dueExplanationZh: '基准数据',
          isProvisional: false,
          isLate: isPending ? null : isLate,
          workingDaysLate: isPending ? null : isLate ? 3 : 0,
        };
      });
      await database.db.insert(pdPublications).values(rows);
    }
  }
  await database.pool.query('analyze');
  const seedMs = performance.now() - t0;

  const facts = await time(() => loadDisclosureActivityFacts(database.db, township.townshipId, 2026));
  const ctx = {
    db: database.db,
    config: {
      host: '127.0.0.1',
      port: 0,
      dataDir: path.join(dir, 'data'),
      databaseUrl,
      webDist: '/nonexistent',
      isProduction: false,
      logLevel: 'silent' as const,
    },
    secrets: createSecrets(crypto.randomBytes(32)),
    settings: createSettingsService(database.db, 0),
  };
  const app = await buildApp(ctx);
  await app.ready();
  const url = `/gk/${township.divisionCode}/info?q=${encodeURIComponent('食品安全')}&category=&item=&year=`;
  const page = await time(async () => {
    const res = await app.inject({ method: 'GET', url });
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body.slice(0, 200)}`);
    return res.body;
  });
  const plain = await time(async () => (await app.inject({ method: 'GET', url: `/gk/${township.divisionCode}/info` })).body);
  await app.close();

  const found = /共找到 (\d+) 条信息/.exec(page.result)?.[1];
  console.log(`seeded ${N} publications (+2,000 in another township) in ${(seedMs / 1000).toFixed(1)} s`);
  console.log(
    `loadDisclosureActivityFacts(2026): ${facts.ms.toFixed(1)} ms (median of 7) → ${facts.result.publications} published, ${facts.result.latePublications} late`,
  );
  console.log(
    `GET ${url.split('?')[0]}?q=食品安全 (first page of ${found ?? '?'} hits): ${page.ms.toFixed(1)} ms (median of 7, whole HTML page)`,
  );
  console.log(`GET /gk/<code>/info without search (first page of all): ${plain.ms.toFixed(1)} ms (median of 7)`);
});
