/**
 * Law-study budgets (issue 4, "Law study"), measured on this machine against the embedded PostgreSQL
 * (never asserted in tests):
 *   1. import of a 5,000-row attendance sheet, validation included        (budget ≤ 3 s)
 *   2. the year's bulletin for 300 cadres and 2,000 sessions (ledger + Word + Excel)  (budget ≤ 1 s)
 * Run: `npm run bench:law-study`. A throw-away data folder under the OS temp folder; removed at the end.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import ExcelJS from 'exceljs';
import type { PermissionCode } from '@yifa/domain';
import type { AuthContext } from '../apps/server/src/platform/auth/auth-context.ts';
import { createSecrets } from '../apps/server/src/platform/crypto/secrets.ts';
import { people } from '../apps/server/src/platform/db/schema.ts';
import { createSettingsService } from '../apps/server/src/platform/settings/settings-service.ts';
import { makeTownship } from '../apps/server/src/test/factories.ts';
import {
  lawStudyAttendances,
  lawStudyExams,
  lawStudyExamScores,
  lawStudySelfStudies,
  lawStudySessions,
} from '../apps/server/src/modules/law-study/tables.ts';
import { ledgerOf } from '../apps/server/src/modules/law-study/ledger.ts';
import { importSheet } from '../apps/server/src/modules/law-study/use-cases/import-sheet.ts';
import { renderBulletinDocx, renderBulletinXlsx } from '../apps/server/src/modules/law-study/bulletin.ts';
import { withBenchDatabase } from './support.ts';

const YEAR = 2026;
const KINDS = ['theoryCenterGroup', 'collective', 'preMeeting', 'lecture', 'trainingClass', 'leaderTrainingClass'];
const day = (i: number) => {
  const d = new Date(Date.UTC(YEAR, 0, 1) + (i % 365) * 86400000);
  return d.toISOString().slice(0, 10);
};
const ms = (t0: number) => performance.now() - t0;

async function main() {
  await withBenchDatabase(
    'law',
    async ({ database, dir: dataDir }) => {
      const db = database.db;
      const t = await makeTownship(db, '基准乡');
      const orgIds = [t.townshipId, ...t.departmentIds, ...t.villageIds];
      // 300 cadres with distinct names (the import finds them by name).
      const roll = await db
        .insert(people)
        .values(
          Array.from({ length: 300 }, (_, i) => ({
            townshipId: t.townshipId,
            orgId: orgIds[i % orgIds.length]!,
            name: `干部${String(i).padStart(3, '0')}`,
            isCivilServant: true,
            isLeader: i < 10,
            joinedOn: '2020-01-01',
          })),
        )
        .returning({ id: people.id, name: people.name });

      // 2,000 sessions, each with 30 cadres (60,000 attendance rows), 600 self-study claims, 4 exams.
      const sessions = await db
        .insert(lawStudySessions)
        .values(
          Array.from({ length: 2000 }, (_, i) => ({
            townshipId: t.townshipId,
            orgId: t.townshipId,
            kind: KINDS[i % KINDS.length]!,
            title: `学法活动${i}`,
            heldOn: day(i),
            hours: 1 + (i % 4),
          })),
        )
        .returning({ id: lawStudySessions.id });
      const attendance = sessions.flatMap((s, i) =>
        Array.from({ length: 30 }, (_, j) => ({
          townshipId: t.townshipId,
          sessionId: s.id,
          personId: roll[(i * 7 + j) % roll.length]!.id,
          isPresent: (i + j) % 11 !== 0,
          absenceReason: (i + j) % 11 ? null : '公出',
        })),
      );
      for (let i = 0; i < attendance.length; i += 5000) await db.insert(lawStudyAttendances).values(attendance.slice(i, i + 5000));
      await db.insert(lawStudySelfStudies).values(
        Array.from({ length: 600 }, (_, i) => ({
          townshipId: t.townshipId,
          orgId: t.townshipId,
          personId: roll[i % roll.length]!.id,
          kind: 'online',
          title: '网络学法',
          studiedOn: day(i * 3),
          hours: 2,
          status: i % 3 ? 'approved' : 'pending',
        })),
      );
      for (let e = 0; e < 4; e++) {
        const [exam] = await db
          .insert(lawStudyExams)
          .values({
            townshipId: t.townshipId,
            orgId: t.townshipId,
            kind: 'general',
            title: `考试${e}`,
            heldOn: day(e * 90 + 30),
            fullMark: 100,
            passMark: 60,
          })
          .returning();
        await db.insert(lawStudyExamScores).values(
          roll.map((p, i) => ({
            townshipId: t.townshipId,
            examId: exam!.id,
            personId: p.id,
            score: (i * 17 + e) % 2 ? 50 + (i % 50) : null,
            isAbsent: (i * 17 + e) % 2 === 0,
          })),
        );
      }

      // 1. A 5,000-row attendance sheet: 100 new sessions × 50 cadres.
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('学法签到');
      ws.addRow(['活动日期', '活动类型', '学习主题', '学时', '姓名', '所在单位', '出勤情况', '缺席原因']);
      for (let s = 0; s < 100; s++)
        for (let j = 0; j < 50; j++) {
          const absent = (s + j) % 13 === 0;
          ws.addRow([
            day(s * 3),
            '集体学法',
            `导入的学法活动${s}`,
            2,
            roll[(s * 3 + j) % roll.length]!.name,
            '',
            absent ? '缺席' : '出席',
            absent ? '病假' : '',
          ]);
        }
      const sheet = Buffer.from(await wb.xlsx.writeBuffer());
      const auth = {
        user: {
          id: crypto.randomUUID(),
          username: 'bench',
          displayName: '基准',
          townshipId: t.townshipId,
          orgId: t.townshipId,
          personId: null,
          locale: 'zh-CN',
          mustChangePassword: false,
          isTotpEnabled: false,
        },
        tokenHash: '',
        csrfToken: '',
        isMfaPending: false,
        isTotpSetupRequired: false,
        roleCodes: ['townshipAdmin'],
        ip: '127.0.0.1',
        permissions: new Set<PermissionCode>(['law-study:session:write']),
        scope: {
          kind: 'township',
          userId: crypto.randomUUID(),
          townshipId: t.townshipId,
          townshipIds: [t.townshipId],
          orgIds: null,
          isReadOnly: false,
        },
      } as AuthContext;
      const ctx = {
        db,
        config: { dataDir } as never,
        secrets: createSecrets(crypto.randomBytes(32)),
        settings: createSettingsService(db, 0),
      };
      let t0 = performance.now();
      const result = await importSheet(ctx, auth, 'attendance', sheet);
      const importMs = ms(t0);
      t0 = performance.now();
      const again = await importSheet(ctx, auth, 'attendance', sheet);
      const repeatMs = ms(t0);

      // 2. The year's bulletin: warm once (first-use module loading), then measure.
      await renderBulletinDocx(await ledgerOf(db, t.townshipId, YEAR, null), '基准乡', YEAR, null, `${YEAR}-12-31`, '年度学时要求为60学时');
      t0 = performance.now();
      const ledger = await ledgerOf(db, t.townshipId, YEAR, null);
      const ledgerMs = ms(t0);
      t0 = performance.now();
      const docx = await renderBulletinDocx(ledger, '基准乡', YEAR, null, `${YEAR}-12-31`, '年度学时要求为60学时');
      const docxMs = ms(t0);
      t0 = performance.now();
      const xlsx = await renderBulletinXlsx(ledger, YEAR, null);
      const xlsxMs = ms(t0);

      const row = (name: string, value: string, budget: string, isMet: boolean) =>
        console.log(`${isMet ? '✓' : '✗'} ${name.padEnd(58)} ${value.padStart(10)}   budget ${budget}`);
      console.log(
        `\n学法用法 budgets (${os.cpus().length} cores, Node ${process.version}); sheet ${(sheet.length / 1024).toFixed(0)} kB, ${result.rowCount} rows, ${result.created} attendances created`,
      );
      row('import 5,000-row attendance sheet (incl. validation)', `${importMs.toFixed(0)} ms`, '≤ 3000 ms', importMs <= 3000);
      console.log(`  same file again (recognised, nothing written): ${repeatMs.toFixed(0)} ms, isRepeat=${again.isRepeat}`);
      row('year bulletin: ledger (300 cadres, 2,100 sessions)', `${ledgerMs.toFixed(0)} ms`, '', true);
      row('year bulletin: Word (renderOfficialDocx)', `${docxMs.toFixed(0)} ms`, '', true);
      row('year bulletin: Excel', `${xlsxMs.toFixed(0)} ms`, '', true);
      const total = ledgerMs + docxMs + xlsxMs;
      row('year bulletin: ledger + Word + Excel', `${total.toFixed(0)} ms`, '≤ 1000 ms', total <= 1000);
      console.log(
        `  Word ${(docx.length / 1024).toFixed(0)} kB, Excel ${(xlsx.length / 1024).toFixed(0)} kB; ${ledger.people.length} people, ${ledger.orgs.length} orgs, ${ledger.sessionCount} sessions`,
      );
    },
    10,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
