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

export function connect(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, application_name: 'yifa' });
  pool.on('error', () => {
    /* a dropped idle client; the pool replaces it */
  });
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}
