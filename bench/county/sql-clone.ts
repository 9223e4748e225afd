// Set-based inserts that copy a template row (a row the app itself wrote, e.g. the demo township's)
// and override the columns that make the copy a new record. Columns a module adds later are copied
// from the template, so the generator keeps working when the schema grows.
import type pg from 'pg';

const columnsCache = new Map<string, string[]>();

async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const cached = columnsCache.get(table);
  if (cached) return cached;
  const { rows } = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns
     where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
       and coalesce(column_default, '') not like 'nextval(%'
     order by ordinal_position`,
    [table],
  );
  if (rows.length === 0) throw new Error(`no table ${table}`);
  const columns = rows.map((r) => r.column_name);
  columnsCache.set(table, columns);
  return columns;
}

/**
 * `insert into <table> (every column) select <set[column] or tpl.column> from <from>`: `from` must
 * name the template row `tpl`. Returns the number of rows inserted.
 */
export async function cloneInto(client: pg.ClientBase, table: string, from: string, set: Record<string, string>): Promise<number> {
  const columns = await columnsOf(client, table);
  const unknown = Object.keys(set).filter((c) => !columns.includes(c));
  if (unknown.length) throw new Error(`${table} has no column ${unknown.join(', ')}`);
  const select = columns.map((c) => (c in set ? `${set[c]}` : `tpl."${c}"`));
  const result = await client.query(
    `insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) select ${select.join(', ')} from ${from}`,
  );
  return result.rowCount ?? 0;
}
