/**
 * loadDisclosureReportFacts (what the OGI annual report reads from this module) on 5,000 requests and
 * 200 reviews of one township among others: the brief asks for well under 200 ms. Measured, never
 * asserted: an embedded PostgreSQL in a temp folder, migrations, rows inserted directly, then the call
 * timed 20 times (first, median, max). Run: `npx tsx bench/disclosure-request-facts.ts`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from '../apps/server/src/platform/db/client.ts';
import { startEmbeddedPostgres } from '../apps/server/src/platform/db/embedded-postgres.ts';
import { runMigrations } from '../apps/server/src/platform/db/migrate.ts';
import { loadDisclosureReportFacts } from '../apps/server/src/modules/disclosure-request/index.ts';
import { disclosureRequests, disclosureReviews } from '../apps/server/src/modules/disclosure-request/tables.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-bench-facts-'));
const pg = await startEmbeddedPostgres({ pgDir: path.join(dir, 'pg') });
const database = connect(pg.url, 4);
try {
  await runMigrations(database);
  const db = database.db;
  const townships = Array.from({ length: 5 }, () => crypto.randomUUID());
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 330) * 86400000).toISOString().slice(0, 10);
  for (const [t, townshipId] of townships.entries()) {
    const rows = Array.from({ length: 5000 }, (_, i) => {
      const receivedOn = day(i * 7 + t);
      const closed = i % 10 !== 0;
      return {
        townshipId, orgId: townshipId, number: `YSQ${receivedOn.slice(0, 4)}-${String(i).padStart(5, '0')}`, channel: 'inPerson', arrivedOn: receivedOn, receivedOn,
        receiptRuleZh: '以提交之日为收到申请之日', status: closed ? 'replied' : 'inProgress', applicantKind: 'natural', applicantName: `申请人${i}`,
        description: `第${i}号申请所需信息`, forms: ['paper'], deliveryMethod: 'post', outcome: closed ? 'granted' : null, closedOn: closed ? day(i * 7 + t + 20) : null,
      };
    });
    for (let i = 0; i < rows.length; i += 1000) {
      const inserted = await db.insert(disclosureRequests).values(rows.slice(i, i + 1000)).returning({ id: disclosureRequests.id, receivedOn: disclosureRequests.receivedOn });
      if (i === 0) {
        await db.insert(disclosureReviews).values(inserted.slice(0, 200).map((r, k) => ({ townshipId, orgId: townshipId, requestId: r.id, kind: 'review',
          filedOn: day(k * 5 + 30), result: k % 3 === 0 ? 'pending' : 'maintained', decidedOn: k % 3 === 0 ? null : day(k * 5 + 90) })));
      }
    }
  }
  await database.pool.query('analyze');
  // Open the pool's connections first: the call runs its two queries at once, and connecting is not its cost.
  await Promise.all([database.pool.query('select 1'), database.pool.query('select 1')]);
  const times: number[] = [];
  let counts = { requests: 0, reviews: 0 };
  for (let i = 0; i < 20; i += 1) {
    const t0 = performance.now();
    const facts = await loadDisclosureReportFacts(db, townships[0]!, 2025);
    times.push(performance.now() - t0);
    counts = { requests: facts.requests.length, reviews: facts.reviews.length };
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`loadDisclosureReportFacts(township with 5,000 requests received in 2025, 25,000 in all): ${counts.requests} requests, ${counts.reviews} reviews`);
  console.log(`  first ${times[0]!.toFixed(1)} ms, median ${sorted[10]!.toFixed(1)} ms, max ${sorted[19]!.toFixed(1)} ms (budget: well under 200 ms)`);
} finally {
  await database.close();
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
