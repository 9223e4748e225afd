/**
 * Budget of the OGI annual report (issue 3), measured on this machine (never asserted in tests):
 * a township's annual report — tables 2–4 with their evidence, the consistency check, the narrative
 * draft, and the Word file — from 5,000 applications and 20,000 publications: ≤ 1 s on the
 * embedded database. Also the GET route (tables only) and the Word export route through HTTP.
 * A fresh embedded PostgreSQL in a temporary folder, migrated and seeded like a new install.
 * Run: `npm run bench:disclosure-report`.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { APPLICANT_KIND_CODES, OUTCOME_CODES, REVIEW_KIND_CODES } from '@yifa/domain/disclosure-request';
import { eq } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app.ts';
import { createSecrets } from '../apps/server/src/platform/crypto/secrets.ts';
import { createSettingsService } from '../apps/server/src/platform/settings/settings-service.ts';
import { makeTownship, makeUser, TEST_PASSWORD } from '../apps/server/src/test/factories.ts';
import { clientFor } from '../apps/server/src/test/harness.ts';
import { disclosureRequests, disclosureReviews } from '../apps/server/src/modules/disclosure-request/tables.ts';
import { pdCatalogItems, pdPublications } from '../apps/server/src/modules/proactive-disclosure/tables.ts';
import { renderOfficialDocx } from '../apps/server/src/platform/documents/index.ts';
import { computeReport } from '../apps/server/src/modules/disclosure-report/compute-report.ts';
import { reportDocument } from '../apps/server/src/modules/disclosure-report/report-document.ts';
import { timed as time, withBenchDatabase } from './support.ts';

const APPLICATIONS = 5_000;
const PUBLICATIONS = 20_000;
const YEAR = 2025;

const day = (offset: number) => new Date(Date.UTC(YEAR - 1, 10, 1) + offset * 86_400_000).toISOString().slice(0, 10);

await withBenchDatabase('report', async ({ database, url, dir }) => {
  const township = await makeTownship(database.db, '基准乡');
  const t0 = performance.now();
  // 5,000 applications from Nov 2024 to Feb 2026: some carried over from 2024, some into 2026, every outcome row.
  const requestIds: string[] = [];
  for (let start = 0; start < APPLICATIONS; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, APPLICATIONS - start) }, (_, k) => {
      const i = start + k;
      const received = day(Math.floor((i / APPLICATIONS) * 480));
      const isOpen = i % 23 === 0;
      const closed = isOpen ? null : day(Math.floor((i / APPLICATIONS) * 480) + 15);
      return {
        townshipId: township.townshipId,
        orgId: township.townshipId,
        number: `YSQ-${i}`,
        channel: 'inPerson',
        arrivedOn: received,
        receivedOn: received,
        receiptRuleZh: '当面提交',
        status: isOpen ? 'inProgress' : 'replied',
        applicantKind: APPLICANT_KIND_CODES[i % 6]!,
        applicantName: `申请人${i}`,
        description: `关于第${i}号事项的政府信息`,
        forms: ['paper'],
        deliveryMethod: 'post',
        closedOn: closed,
        outcome: isOpen ? null : OUTCOME_CODES[i % OUTCOME_CODES.length]!,
      };
    });
    const inserted = await database.db.insert(disclosureRequests).values(rows).returning({ id: disclosureRequests.id });
    requestIds.push(...inserted.map((r) => r.id));
  }
  await database.db.insert(disclosureReviews).values(
    requestIds
      .filter((_, i) => i % 100 === 0)
      .map((requestId, i) => ({
        townshipId: township.townshipId,
        orgId: township.townshipId,
        requestId,
        kind: REVIEW_KIND_CODES[i % 3]!,
        filedOn: day(60 + i * 7),
        result: i % 4 === 0 ? 'pending' : 'maintained',
        decidedOn: i % 4 === 0 ? null : day(90 + i * 7),
      })),
  );
  const items = await database.db.select().from(pdCatalogItems).where(eq(pdCatalogItems.townshipId, township.townshipId));
  for (let start = 0; start < PUBLICATIONS; start += 1000) {
    await database.db.insert(pdPublications).values(
      Array.from({ length: Math.min(1000, PUBLICATIONS - start) }, (_, k) => {
        const i = start + k;
        const d = day(60 + (i % 365));
        return {
          townshipId: township.townshipId,
          orgId: township.townshipId,
          catalogItemId: items[i % items.length]!.id,
          title: `公开信息${i}`,
          summary: null,
          docNumber: null,
          indexNumber: `IDX-${i}`,
          formedOn: d,
          publishedOn: d,
          channels: ['portal'],
          timeLimitDays: 20,
          dueDate: d,
          dueExplanationZh: '基准数据',
          isProvisional: false,
          isLate: i % 25 === 0,
          workingDaysLate: i % 25 === 0 ? 2 : 0,
        };
      }),
    );
  }
  await database.pool.query('analyze');
  const seedMs = performance.now() - t0;

  const tables = await time(() => computeReport(database.db, township.townshipId, YEAR));
  const full = await time(async () => {
    const { report } = await computeReport(database.db, township.townshipId, YEAR);
    return renderOfficialDocx(reportDocument(report, '2026-01-20'));
  });

  const ctx = {
    db: database.db,
    config: {
      host: '127.0.0.1',
      port: 0,
      dataDir: path.join(dir, 'data'),
      databaseUrl: url,
      webDist: '/nonexistent',
      isProduction: false,
      logLevel: 'silent' as const,
    },
    secrets: createSecrets(crypto.randomBytes(32)),
    settings: createSettingsService(database.db, 0),
  };
  const app = await buildApp(ctx);
  await app.ready();
  const user = await makeUser(database.db, 'townshipAdmin', township.townshipId, township.townshipId);
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
  const cookie = `yifa_session=${login.cookies.find((c) => c.name === 'yifa_session')!.value}`;
  const client = clientFor(app, cookie, '');
  const getRoute = await time(async () => {
    const res = await client.get(`/api/disclosure-reports/${YEAR}`);
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body.slice(0, 200)}`);
    return res.body.length;
  });
  const docxRoute = await time(async () => (await client.get(`/api/disclosure-reports/${YEAR}/export/docx`)).rawPayload.length);
  await app.close();

  const t3 = tables.result.report.table3;
  console.log(
    `seeded ${APPLICATIONS} applications, ${requestIds.length / 100} reviews, ${PUBLICATIONS} publications in ${(seedMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `${YEAR}: new ${t3.newReceived.total}, carried over ${t3.carriedOver.total}, closed ${t3.resultTotal.total}, carried forward ${t3.carriedForward.total}; violations ${tables.result.report.violations.length}`,
  );
  console.log(
    `report tables + evidence + checks (computeReport): ${tables.ms.toFixed(0)} ms median, ${tables.max.toFixed(0)} ms worst of 7`,
  );
  console.log(
    `report tables + Word file: ${full.ms.toFixed(0)} ms median, ${full.max.toFixed(0)} ms worst of 7 (budget 1000 ms), ${(full.result.length / 1024).toFixed(0)} KiB`,
  );
  console.log(
    `GET /api/disclosure-reports/${YEAR} over HTTP: ${getRoute.ms.toFixed(0)} ms median (${(getRoute.result / 1024).toFixed(0)} KiB JSON)`,
  );
  console.log(`GET /api/disclosure-reports/${YEAR}/export/docx over HTTP: ${docxRoute.ms.toFixed(0)} ms median`);
});
