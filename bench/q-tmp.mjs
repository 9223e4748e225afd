import fs from 'node:fs';
import pg from 'pg';
const P = fs.readFileSync('/tmp/bench-full/pg-password', 'utf8').trim();
const PORT = fs.readFileSync('/tmp/bench-full/pg/postmaster.pid', 'utf8').split('\n')[3].trim();
const c = new pg.Client({ connectionString: `postgres://postgres:${encodeURIComponent(P)}@127.0.0.1:${PORT}/postgres` });
await c.connect();
for (const sql of process.argv.slice(2)) {
  const r = await c.query(sql);
  for (const row of r.rows ?? []) console.log(Object.values(row).map((v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ') : v)).join(' | '));
}
await c.end();
