import { and, eq, inArray, sql } from 'drizzle-orm';
import { currentYearInChina, todayInChina } from '../calendar/today.ts';
import type { DbOrTx } from '../db/client.ts';
import { orgsOfTownships } from '../../modules/organisation/index.ts';
import { evaluateTownship, type RuleEvaluation, type TownshipToEvaluate } from './evaluate-township.ts';
import { listComplianceRules } from './registry.ts';
import { listSettings } from './settings-repository.ts';
import { complianceSnapshots } from './tables.ts';

/**
 * How long a township's figures serve a county view before they are recomputed on read (docs/adr/0009).
 * A township's own compliance page is always live and refreshes its snapshot as it goes.
 */
export const SNAPSHOT_MAX_AGE_MS = 10 * 60_000;

/** Per org: [met, notMet, notApplicable] over every rule, what the workbench sums. */
export type OrgCounts = Record<string, [number, number, number]>;

export interface TownshipSnapshot {
  computedAt: Date;
  orgCounts: OrgCounts;
  /** Present when asked for (`withEvaluations`). */
  evaluations?: RuleEvaluation[];
}

const STATUS_INDEX = { met: 0, notMet: 1, notApplicable: 2 } as const;

/** The registered rules, sorted and joined: a snapshot taken under another rule set is stale. */
export const currentRulesKey = () =>
  listComplianceRules()
    .map((r) => r.code)
    .sort()
    .join(',');

export function countByOrg(evaluations: RuleEvaluation[]): OrgCounts {
  const counts: OrgCounts = {};
  for (const { evaluation } of evaluations)
    for (const r of evaluation.results) (counts[r.orgId] ??= [0, 0, 0])[STATUS_INDEX[r.status]] += 1;
  return counts;
}

/** Stores (replaces) the figures of some townships for a year, in one statement. */
export async function storeSnapshots(
  db: DbOrTx,
  year: number,
  rows: { townshipId: string; computedAt: Date; evaluations: RuleEvaluation[] }[],
): Promise<void> {
  if (rows.length === 0) return;
  const rulesKey = currentRulesKey();
  await db
    .insert(complianceSnapshots)
    .values(rows.map((r) => ({ ...r, year, rulesKey, orgCounts: countByOrg(r.evaluations) })))
    .onConflictDoUpdate({
      target: [complianceSnapshots.townshipId, complianceSnapshots.year],
      set: {
        computedAt: sql`excluded.computed_at`,
        rulesKey: sql`excluded.rules_key`,
        evaluations: sql`excluded.evaluations`,
        orgCounts: sql`excluded.org_counts`,
      },
    });
}

/** Settings changed: the township's figures for the year are recomputed on their next read. */
export async function dropSnapshot(db: DbOrTx, townshipId: string, year: number): Promise<void> {
  await db.delete(complianceSnapshots).where(and(eq(complianceSnapshots.townshipId, townshipId), eq(complianceSnapshots.year, year)));
}

/**
 * The figures of `townships` for a year: one read of the stored snapshots, then a live evaluation
 * (and store) of the townships whose snapshot is missing, older than SNAPSHOT_MAX_AGE_MS, taken
 * under another rule set, or all of them when `fresh`. A county view whose snapshots are current
 * costs two statements whatever the number of townships and rules.
 */
export async function townshipSnapshots(
  db: DbOrTx,
  townships: TownshipToEvaluate[],
  year: number,
  options: { fresh: boolean; withEvaluations: boolean; onRuleError: (code: string, error: unknown) => void },
): Promise<Map<string, TownshipSnapshot>> {
  const found = new Map<string, TownshipSnapshot>();
  if (townships.length === 0) return found;
  const rulesKey = currentRulesKey();
  if (!options.fresh) {
    const rows = await db
      .select({
        townshipId: complianceSnapshots.townshipId,
        computedAt: complianceSnapshots.computedAt,
        rulesKey: complianceSnapshots.rulesKey,
        orgCounts: complianceSnapshots.orgCounts,
        evaluations: options.withEvaluations ? complianceSnapshots.evaluations : sql<null>`null`,
      })
      .from(complianceSnapshots)
      .where(
        and(
          inArray(
            complianceSnapshots.townshipId,
            townships.map((t) => t.id),
          ),
          eq(complianceSnapshots.year, year),
          sql`${complianceSnapshots.computedAt} > now() - make_interval(secs => ${SNAPSHOT_MAX_AGE_MS / 1000})`,
        ),
      );
    for (const r of rows) {
      if (r.rulesKey !== rulesKey) continue;
      found.set(r.townshipId, {
        computedAt: r.computedAt,
        orgCounts: r.orgCounts as OrgCounts,
        ...(options.withEvaluations ? { evaluations: r.evaluations as RuleEvaluation[] } : {}),
      });
    }
  }
  const stale = townships.filter((t) => !found.has(t.id));
  if (stale.length === 0) return found;
  const computed = await evaluateTownships(db, stale, year, options.onRuleError);
  await storeSnapshots(db, year, computed);
  for (const c of computed)
    found.set(c.townshipId, { computedAt: c.computedAt, orgCounts: countByOrg(c.evaluations), evaluations: c.evaluations });
  return found;
}

/** Live figures of several townships (every registered rule unless told), one township after the other. */
export async function evaluateTownships(
  db: DbOrTx,
  townships: TownshipToEvaluate[],
  year: number,
  onRuleError: (code: string, error: unknown) => void,
  rules = listComplianceRules(),
): Promise<{ townshipId: string; computedAt: Date; evaluations: RuleEvaluation[] }[]> {
  const today = todayInChina();
  const settings = await listSettings(
    db,
    townships.map((t) => t.id),
    year,
  );
  const out: { townshipId: string; computedAt: Date; evaluations: RuleEvaluation[] }[] = [];
  for (const t of townships) {
    const computedAt = new Date();
    out.push({ townshipId: t.id, computedAt, evaluations: await evaluateTownship(db, t, year, today, settings, rules, onRuleError) });
  }
  return out;
}

/**
 * Rebuilds the stored figures of every township for `year` (default: this year) and of every year
 * already stored, from the records: idempotent, for after a bulk load (the county data generator)
 * or a change of the rule set. Returns how many (township, year) snapshots it wrote.
 */
export async function recomputeComplianceSnapshots(db: DbOrTx, year = currentYearInChina()): Promise<number> {
  const townships = await townshipsToEvaluate(db, 'all');
  const stored = await db.selectDistinct({ year: complianceSnapshots.year }).from(complianceSnapshots);
  const years = [...new Set([year, ...stored.map((s) => s.year)])];
  let written = 0;
  for (const y of years) {
    const computed = await evaluateTownships(db, townships, y, () => {});
    await storeSnapshots(db, y, computed);
    written += computed.length;
  }
  return written;
}

/** The background refresh keeps snapshots younger than the read path's limit, so readers rarely wait. */
export const SNAPSHOT_REFRESH_AFTER_MS = 5 * 60_000;

/**
 * Recomputes this year's snapshots that exist and are older than SNAPSHOT_REFRESH_AFTER_MS (the pg-boss
 * job `compliance-snapshots`, every 5 minutes): a county reviewer then reads current figures instead of
 * paying for their evaluation. Townships nobody has viewed have no snapshot and cost nothing.
 */
export async function refreshStaleComplianceSnapshots(db: DbOrTx, year = currentYearInChina()): Promise<number> {
  const stale = await db
    .select({ townshipId: complianceSnapshots.townshipId })
    .from(complianceSnapshots)
    .where(
      and(
        eq(complianceSnapshots.year, year),
        sql`${complianceSnapshots.computedAt} <= now() - make_interval(secs => ${SNAPSHOT_REFRESH_AFTER_MS / 1000})`,
      ),
    );
  if (stale.length === 0) return 0;
  const townships = await townshipsToEvaluate(
    db,
    stale.map((r) => r.townshipId),
  );
  const computed = await evaluateTownships(db, townships, year, () => {});
  await storeSnapshots(db, year, computed);
  return computed.length;
}

/** Townships with all their orgs, for the jobs that evaluate without a caller. */
async function townshipsToEvaluate(db: DbOrTx, ids: string[] | 'all'): Promise<TownshipToEvaluate[]> {
  const rows = await orgsOfTownships(db, ids);
  return rows
    .filter((r) => r.kind === 'township')
    .map((t) => ({
      id: t.id,
      name: t.name,
      allOrgs: rows
        .filter((r) => r.townshipId === t.id && r.kind !== 'county')
        .map((r) => ({ id: r.id, name: r.name, kind: r.kind as TownshipToEvaluate['allOrgs'][number]['kind'] })),
    }));
}
