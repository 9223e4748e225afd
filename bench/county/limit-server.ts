/**
 * The machine's limit for a list page (issue 10): bare Fastify + pg on the same database as Yifa,
 * answering a page of 20 audit entries (the 2 M-row table) by its primary-key index, one prepared
 * statement, no session, no validation. GET /limit?after=<seq> walks on like a cursor does.
 *   DATABASE_URL=postgres://… PORT=4100 node --import tsx bench/county/limit-server.ts
 */
import Fastify from 'fastify';
import pg from 'pg';

const PAGE = 20;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL ?? 10) });
const app = Fastify({ logger: false });

app.get<{ Querystring: { after?: string } }>('/limit', async (request) => {
  const after = Number(request.query.after ?? Number.MAX_SAFE_INTEGER);
  const { rows } = await pool.query({
    name: 'limit-page',
    text: `select seq, at, township_id, actor_name, action, entity_type, entity_id
           from audit_log where seq < $1 order by seq desc limit ${PAGE + 1}`,
    values: [Number.isFinite(after) ? after : Number.MAX_SAFE_INTEGER],
  });
  const items = rows.slice(0, PAGE);
  return { items, nextCursor: rows.length > PAGE ? String(items[items.length - 1].seq) : null };
});

const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 4100) });
console.log('limit-server ready');
