import { MEDIA_TYPES, type QueryOf } from '@yifa/domain';
import { type Quarter, type lawStudyApi } from '@yifa/domain/law-study';
import type { AuthContext } from '../../../platform/auth/auth-context.ts';
import { todayInChina } from '../../../platform/calendar/today.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import type { Download } from '../../../platform/http/send-download.ts';
import { authorize, resolveTownship } from '../../../platform/policy/index.ts';
import { periodName, renderBulletinDocx, renderBulletinXlsx } from '../bulletin.ts';
import { hoursParamsFor } from '../hours-params.ts';
import { ledgerOf } from '../ledger.ts';
import { ledgerPolicy } from '../policy.ts';
import { townshipName } from '../repository.ts';

/**
 * 学法情况通报: "将学法情况和考试成绩进行通报" (2021 report) — the Word bulletin of a year or quarter,
 * or its Excel table of every cadre. It circulates to the whole township, so it needs a
 * township-wide view (ledgerPolicy 'bulletin').
 */
export async function issueBulletin(db: DbOrTx, auth: AuthContext, q: QueryOf<typeof lawStudyApi.bulletin>): Promise<Download> {
  const townshipId = await resolveTownship(db, auth, q.townshipId, 'read');
  authorize(ledgerPolicy, auth, { townshipId }, 'bulletin');
  const quarter = (q.quarter ?? null) as Quarter | null;
  const ledger = await ledgerOf(db, townshipId, q.year, quarter);
  const name = `${periodName(q.year, quarter)}干部学法情况通报`;
  if (q.format === 'xlsx') {
    return { body: await renderBulletinXlsx(ledger, q.year, quarter), fileName: `${name}.xlsx`, mediaType: MEDIA_TYPES.xlsx };
  }
  const params = await hoursParamsFor(db, townshipId, q.year);
  const note = `年度学时要求为${params.annualHours}学时${quarter ? '（季度按四分之一计）' : ''}${params.prorateForJoiners ? '，年中入职或离职的按在岗天数折算' : ''}`;
  const body = await renderBulletinDocx(ledger, await townshipName(db, townshipId), q.year, quarter, todayInChina(), note);
  return { body, fileName: `${name}.docx`, mediaType: MEDIA_TYPES.docx };
}
