import type { Table2 } from '@yifa/domain/disclosure-report';
import { writeAudit, type Actor } from '../../platform/audit/write-audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import { disclosureAnnualReports } from './tables.ts';
import { computeReport } from './compute-report.ts';

/** Table 2 figures of the demo township (entered by hand, as a clerk would from the enforcement ledgers). */
const DEMO_TABLE2: Table2 = {
  art20_1: { regulations: { issued: 0, abolished: 0, effective: 0 }, normativeDocs: { issued: 1, abolished: 0, effective: 3 } },
  art20_5: { adminLicense: { decisions: 12 } },
  art20_6: { adminPenalty: { decisions: 6 }, adminCompulsion: { decisions: 0 } },
  art20_8: { adminFee: { amountWanYuan: 0 } },
};

/**
 * The demo township's 2025 report, published on 20 January 2026 from the demo requests (so the
 * public site shows one, and 2026's carry-over is checked against it); 2026 is left to draft.
 */
export async function seedDisclosureReportDemo(tx: Tx, townshipId: string, actor: Actor): Promise<void> {
  const year = 2025;
  const { report } = await computeReport(tx, townshipId, year);
  const withTable2 = { ...report, table2: DEMO_TABLE2 };
  const isConsistent = report.violations.every((v) => v.severity !== 'error');
  const [row] = await tx
    .insert(disclosureAnnualReports)
    .values({
      townshipId,
      orgId: townshipId,
      year,
      table2: DEMO_TABLE2,
      narrative: report.narrative,
      status: isConsistent ? 'published' : 'draft',
      ...(isConsistent
        ? {
            snapshot: { ...withTable2, publishedOn: '2026-01-20' },
            publishedAt: new Date('2026-01-20T02:00:00Z'),
            publishedBy: actor.userId,
          }
        : {}),
    })
    .returning();
  await writeAudit(tx, actor, {
    action: isConsistent ? 'disclosure-report.report.publish' : 'disclosure-report.report.create',
    entityType: 'disclosureAnnualReport',
    entityId: row!.id,
    townshipId,
    after: { year, demo: true },
  });
}
