import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { orgs } from '../../platform/db/schema.ts';
import { disclosureAnnualReports, type DisclosureAnnualReportRow } from './tables.ts';

export async function findReport(db: DbOrTx, townshipId: string, year: number): Promise<DisclosureAnnualReportRow | null> {
  const rows = await db.select().from(disclosureAnnualReports)
    .where(and(eq(disclosureAnnualReports.townshipId, townshipId), eq(disclosureAnnualReports.year, year), isNull(disclosureAnnualReports.deletedAt))).limit(1);
  return rows[0] ?? null;
}

export async function publishedReports(db: DbOrTx, townshipId: string): Promise<DisclosureAnnualReportRow[]> {
  return db.select().from(disclosureAnnualReports)
    .where(and(eq(disclosureAnnualReports.townshipId, townshipId), eq(disclosureAnnualReports.status, 'published'), isNull(disclosureAnnualReports.deletedAt)))
    .orderBy(disclosureAnnualReports.year);
}

export async function townshipInfo(db: DbOrTx, townshipId: string): Promise<{ name: string; code: string | null }> {
  const rows = await db.select({ name: orgs.name, code: orgs.divisionCode }).from(orgs).where(eq(orgs.id, townshipId)).limit(1);
  return rows[0] ?? { name: '', code: null };
}
