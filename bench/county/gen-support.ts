// SQL fragments the module generators share. Generation runs on one connection whose temp tables
// hold the county being made: g_demo (the demo township, whose rows are the templates), g_town,
// g_org, g_person (gen-organisation.ts), g_orgmap, g_dict.
import type pg from 'pg';
import { LAST_DAY, firstYear, type Scale } from './scale.ts';

export interface GenContext {
  client: pg.ClientBase;
  scale: Scale;
  /** Rows per table as the generators report them. */
  counts: Map<string, number>;
}

export function count(g: GenContext, table: string, rows: number): void {
  g.counts.set(table, (g.counts.get(table) ?? 0) + rows);
}

/** Days from the first generated year's 1 January to LAST_DAY. */
export function spanDays(scale: Scale): number {
  return Math.round((Date.parse(LAST_DAY) - Date.parse(`${firstYear(scale)}-01-01`)) / 86_400_000);
}

/** The i-th of n dates spread evenly over the generated history (SQL expression of type date). */
export function spreadDate(scale: Scale, i: string, n: number): string {
  return `(date '${firstYear(scale)}-01-01' + ((${i})::bigint * ${spanDays(scale)} / ${Math.max(1, n)})::int)`;
}

/** A timestamp on a date, during office hours (the i varies the minute). */
export function onDay(date: string, i: string): string {
  return `((${date})::timestamp + interval '9 hours' + make_interval(mins => ((${i}) % 420)::int)) at time zone 'Asia/Shanghai'`;
}

/** The generated township's member of staff who "did" what is generated there. */
export const actorOf = (townshipId: string) => `(select actor_id from g_town where id = ${townshipId})`;

/** The township's org that plays the part of a demo org (same kind and name; else the township). */
export const mapOrg = (townshipId: string, demoOrgId: string) =>
  `coalesce((select m.org_id from g_orgmap m where m.township_id = ${townshipId} and m.demo_org_id = ${demoOrgId}), ${townshipId})`;

/** The k-th (mod n) org of a kind of the township, or the township itself when it has none. */
export const nthOrg = (townshipId: string, kinds: string, k: string) =>
  `coalesce((select o.id from g_org o where o.township_id = ${townshipId} and o.kind in (${kinds})
     and o.k = (${k}) % greatest(1, (select count(*) from g_org c where c.township_id = ${townshipId} and c.kind in (${kinds})))), ${townshipId})`;

/**
 * The demo township's rows of a table as templates t_<table> (k, n, id): a generated row i copies
 * template i mod n, so the mix of states the demo shows is the mix of the county.
 */
export async function templates(g: GenContext, table: string, filter = 'true', name = `t_${table}`): Promise<number> {
  await g.client.query(`drop table if exists ${name}`);
  await g.client.query(`
    create temp table ${name} as
    select (row_number() over (order by x.id) - 1)::int as k, (count(*) over ())::int as n, x.id
    from ${table} x where x.township_id = (select id from g_demo) and (${filter})`);
  await g.client.query(`create index on ${name} (k)`);
  const { rows } = await g.client.query<{ n: number }>(`select count(*)::int as n from ${name}`);
  if (rows[0]!.n === 0) throw new Error(`the demo township has no ${table} (${filter}) to copy: the demo seed changed`);
  return rows[0]!.n;
}

/** The id of template (i mod n) of t_<table>. */
export const templateId = (name: string, i: string) => `(select id from ${name} where k = (${i}) % (select max(n) from ${name}))`;

/** Statistics for the session's temp tables (autovacuum never analyzes them): without them a join of
 * 20 k generated rows is planned as a nested loop of 20 k × 20 k. Call after making one. */
export async function analyzeTemp(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `select relname as name from pg_class where relpersistence = 't' and relkind = 'r' and pg_table_is_visible(oid)`,
  );
  for (const r of rows) await client.query(`analyze ${r.name}`);
}
