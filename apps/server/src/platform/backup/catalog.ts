import type pg from 'pg';

/**
 * What the database holds, read from PostgreSQL's catalog so that backup and restore follow the
 * schema as it is (every module's tables, present and future) instead of a list kept by hand.
 */
export interface TableInfo {
  name: string;
  /** Columns that hold data (generated columns are computed again on load). */
  columns: { name: string; type: string }[];
  /** Tables this one references, other than itself. */
  dependsOn: string[];
  /** Foreign keys from this table to itself (a tree such as parent_id): child column → parent column. */
  selfReferences: { column: string; references: string }[];
}

export async function readTables(client: pg.ClientBase, schema = 'public'): Promise<TableInfo[]> {
  const tables = await client.query<{ oid: number; name: string }>(
    `select c.oid, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
    [schema],
  );
  const columns = await client.query<{ table: string; name: string; type: string }>(
    `select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type
       from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      order by c.relname, a.attnum`,
    [schema],
  );
  const fks = await client.query<{ child: string; parent: string; childCols: string[]; parentCols: string[] }>(
    `select ch.relname as child, pa.relname as parent,
            array(select attname from unnest(con.conkey) k join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k) as "childCols",
            array(select attname from unnest(con.confkey) k join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k) as "parentCols"
       from pg_constraint con join pg_class ch on ch.oid = con.conrelid join pg_class pa on pa.oid = con.confrelid
       join pg_namespace n on n.oid = ch.relnamespace
      where con.contype = 'f' and n.nspname = $1`,
    [schema],
  );
  return tables.rows.map((t) => {
    const own = fks.rows.filter((f) => f.child === t.name);
    return {
      name: t.name,
      columns: columns.rows.filter((c) => c.table === t.name).map((c) => ({ name: c.name, type: c.type })),
      dependsOn: [...new Set(own.filter((f) => f.parent !== t.name).map((f) => f.parent))],
      selfReferences: own
        .filter((f) => f.parent === t.name && f.childCols.length === 1)
        .map((f) => ({ column: f.childCols[0]!, references: f.parentCols[0]! })),
    };
  });
}

/**
 * Tables in an order where each comes after the tables it references (Kahn's algorithm, ties by
 * name so the order is stable). Tables caught in a cycle come last, flagged: loading them needs
 * the foreign-key checks switched off.
 */
export function loadOrder(tables: TableInfo[]): { order: TableInfo[]; hasCycle: boolean } {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const remaining = new Map(tables.map((t) => [t.name, new Set(t.dependsOn.filter((d) => byName.has(d)))]));
  const order: TableInfo[] = [];
  for (;;) {
    const ready = [...remaining]
      .filter(([, deps]) => deps.size === 0)
      .map(([name]) => name)
      .sort();
    if (ready.length === 0) break;
    for (const name of ready) {
      order.push(byName.get(name)!);
      remaining.delete(name);
      for (const deps of remaining.values()) deps.delete(name);
    }
  }
  const hasCycle = remaining.size > 0;
  for (const name of [...remaining.keys()].sort()) order.push(byName.get(name)!);
  return { order, hasCycle };
}

export async function readSequences(
  client: pg.ClientBase,
  schema = 'public',
): Promise<{ name: string; lastValue: string; isCalled: boolean }[]> {
  const seqs = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind = 'S' order by c.relname`,
    [schema],
  );
  const out = [];
  for (const s of seqs.rows) {
    const r = await client.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text, is_called from ${ident(schema)}.${ident(s.name)}`,
    );
    out.push({ name: s.name, lastValue: r.rows[0]!.last_value, isCalled: r.rows[0]!.is_called });
  }
  return out;
}

export async function schemaExists(client: pg.ClientBase, schema: string): Promise<boolean> {
  const r = await client.query('select 1 from pg_namespace where nspname = $1', [schema]);
  return r.rowCount === 1;
}

/** A quoted SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Settings under which every value's text form is exact and the same on both ends: UTC times in
 * ISO form, hex bytea, floats with all their digits.
 */
export const TEXT_FORM_SETTINGS = [
  "set local timezone = 'UTC'",
  "set local datestyle = 'ISO, YMD'",
  "set local intervalstyle = 'postgres'",
  "set local bytea_output = 'hex'",
  'set local extra_float_digits = 3',
];
