import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { townshipOf } from '../organisation/index.ts';
import { disclosureAnnualReports, type DisclosureAnnualReportRow } from './tables.ts';

export async function findReport(db: DbOrTx, townshipId: string, year: number): Promise<DisclosureAnnualReportRow | null> {
  const rows = await db
    .select()
    .from(disclosureAnnualReports)
    .where(
      and(
        eq(disclosureAnnualReports.townshipId, townshipId),
        eq(disclosureAnnualReports.year, year),
        isNull(disclosureAnnualReports.deletedAt),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

const isPublished = (townshipId: string) =>
  and(
    eq(disclosureAnnualReports.townshipId, townshipId),
    eq(disclosureAnnualReports.status, 'published'),
    isNull(disclosureAnnualReports.deletedAt),
  );

/** The published years, newest first, without their snapshots (which carry every figure's record ids). */
export async function publishedYears(db: DbOrTx, townshipId: string): Promise<{ year: number; publishedOn: string }[]> {
  return db
    .select({ year: disclosureAnnualReports.year, publishedOn: sql<string>`${disclosureAnnualReports.snapshot}->>'publishedOn'` })
    .from(disclosureAnnualReports)
    .where(isPublished(townshipId))
    .orderBy(desc(disclosureAnnualReports.year));
}

export async function findPublishedReport(db: DbOrTx, townshipId: string, year: number): Promise<DisclosureAnnualReportRow | null> {
  const rows = await db
    .select()
    .from(disclosureAnnualReports)
    .where(and(isPublished(townshipId), eq(disclosureAnnualReports.year, year)))
    .limit(1);
  return rows[0] ?? null;
}

export async function townshipInfo(db: DbOrTx, townshipId: string): Promise<{ name: string; code: string | null }> {
  const township = await townshipOf(db, townshipId);
  return { name: township?.name ?? '', code: township?.divisionCode ?? null };
}
