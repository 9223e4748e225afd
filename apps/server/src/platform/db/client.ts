import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.ts';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; use cases pass it down so the audit entry shares the transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

// DATE columns come back as 'YYYY-MM-DD' strings, never shifted by the server's time zone.
pg.types.setTypeParser(1082, (v: string) => v);
// BIGINT (counts) as numbers: our counts stay far below 2^53.
pg.types.setTypeParser(20, (v: string) => Number(v));

export interface Database {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** The handle the hot lists' prepared statements run on, for each app handle (`listStatementsDb`). */
const listDbs = new WeakMap<object, Db>();

export function connect(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, application_name: 'yifa' });
  // The hot lists' prepared statements (prepared-lists.ts) run on sessions of their own that always
  // use the statement's generic plan. Each is written for one plan, an index range in the list's
  // order, and PostgreSQL's own choice kept re-planning some for every page instead (a cursor's row
  // comparison makes it guess the generic plan dearer): 0.3–0.6 ms of planning a page on the county
  // data set. Every other statement keeps PostgreSQL's choice. The sessions close when idle.
  const listPool = new pg.Pool({
    connectionString: url,
    max,
    idleTimeoutMillis: 30_000,
    application_name: 'yifa-lists',
    options: '-c plan_cache_mode=force_generic_plan',
  });
  for (const p of [pool, listPool]) {
    p.on('error', () => {
      /* a dropped idle client; the pool replaces it */
    });
  }
  const db = drizzle(pool, { schema });
  listDbs.set(db, drizzle(listPool, { schema }));
  return {
    db,
    pool,
    close: async () => {
      await Promise.all([pool.end(), listPool.end()]);
    },
  };
}

/**
 * Where a hot list's prepared statement runs: the list sessions of an app handle, or the transaction
 * itself when the list is read inside one (it must see the transaction's writes).
 */
export function listStatementsDb(db: DbOrTx): DbOrTx {
  return listDbs.get(db) ?? db;
}
