/**
 * The county benchmark (issue 10), `npm run bench:county`: Yifa on the generated county beside the
 * machine's limit (limit-server.ts) on the same database, in the same rounds.
 *   npm run build && npm run bench:county -- [--reuse <data folder>] [--seconds 10] [--rounds 3]
 *     [--connections 50] [--pages 4] [--only people,audit,reports] [--scale full] [--keep]
 * Without --reuse the county is generated into a temporary folder (removed at the end unless --keep);
 * with --reuse <folder> an existing one is used, or generated there when the folder is empty.
 * Prints, per list and user: req/s, p50, p97.5 (medians of the rounds), the share of the limit's
 * req/s and p97.5 against the limit's, ✓/✗ against the budgets; then the single-request timings,
 * the start to the login page and the idle memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, ROOT, rssOfTree, startYifa, stop, timed } from '../support.ts';
import { BENCH_LOGINS, COUNTY_PASSWORD } from './gen-organisation.ts';
import { generateCounty } from './generate.ts';
import { COUNTY_LISTS, firstPage, WHO_LABEL, type Who } from './lists.ts';
import { openCountyDatabase } from './open-database.ts';
import { parseScale } from './scale.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const SECONDS = Number(arg('--seconds', '10'));
const ROUNDS = Number(arg('--rounds', '3'));
const CONNECTIONS = Number(arg('--connections', '50'));
const PAGES = Number(arg('--pages', '4'));
const ONLY = arg('--only', '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const REUSE = arg('--reuse', '');
const KEEP = process.argv.includes('--keep');
const START_SCRIPT = path.join(ROOT, 'scripts/start.mjs');
const REPORT_YEAR = 2025;

const wanted = (name: string) => ONLY.length === 0 || ONLY.some((o) => name.includes(o));

interface Load {
  rps: number;
  p50: number;
  p975: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

// Everything started here, stopped on the way out (also on Ctrl-C).
const children = new Set<ChildProcess>();
let tempDir: string | null = null;
async function cleanUp(): Promise<void> {
  for (const child of children) await stop(child).catch(() => undefined);
  children.clear();
  if (tempDir && !KEEP) fs.rmSync(tempDir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error('\n中断：正在停止服务并清理…');
    void cleanUp().finally(() => process.exit(130));
  });
}

/**
 * Waits until a server has worked off the requests a run left queued (a list slower than the run
 * leaves a backlog that would be charged to the next list): the unread count (a database read, behind the
 * queued ones) within 1 s, at most 120 s. The login page would not do: it is static and never queues.
 */
async function drain(base: string, cookie: string): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < 120_000) {
    const s = performance.now();
    const ok = await fetch(`${base}/api/notifications/unread-count`, { headers: { cookie }, signal: AbortSignal.timeout(5000) })
      .then((r) => r.arrayBuffer().then(() => r.ok))
      .catch(() => false);
    if (ok && performance.now() - s < 1000) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return performance.now() - t0;
}

/** One autocannon run in a child process (load-worker.mjs), bounded in time. */
function load(url: string, cookie: string | null, paging: 'cursor' | 'page' | 'none'): Promise<Load> {
  return new Promise((resolve, reject) => {
    const input = JSON.stringify({ url, cookie, connections: CONNECTIONS, seconds: SECONDS, pages: PAGES, paging });
    const child = spawn(process.execPath, [path.join(import.meta.dirname, 'load-worker.mjs'), input], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), (SECONDS + 30) * 1000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      children.delete(child);
      if (code === 0) resolve(JSON.parse(out) as Load);
      else reject(new Error(`load worker exited ${code}: ${err}`));
    });
  });
}

/** The embedded PostgreSQL of a data folder, as the app started it (port from postmaster.pid). */
function embeddedUrl(dataDir: string): string {
  const password = fs.readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  const port = fs
    .readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')
    .split('\n')[3]!
    .trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

async function startLimitServer(databaseUrl: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'limit-server.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('limit server did not start in 30 s')), 30_000);
    child.stdout!.on('data', (c: Buffer) => {
      if (String(c).includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`limit server exited ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

async function signIn(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: COUNTY_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);

/**
 * SQL statements one request issues, from pg_stat_database.xact_commit: with autocommit every
 * statement is a transaction of its own (a statement inside an explicit transaction is not counted
 * apart, so this is a lower bound). Backends publish their counters when idle, within 10 s: each
 * reading waits 11 s, and the same wait without the request is subtracted (background jobs, this reader).
 */
async function statementsOf(databaseUrl: string, request: () => Promise<unknown>): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const read = async () =>
      Number(
        (
          await client.query<{ n: string }>(
            `select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()`,
          )
        ).rows[0]!.n,
      );
    const settle = () => new Promise((r) => setTimeout(r, 11_000));
    const a = await read();
    await settle();
    const b = await read();
    await request();
    await settle();
    const c = await read();
    return c - b - (b - a);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const loadAtStart = os.loadavg();
  if (!fs.existsSync(path.join(ROOT, 'apps/web/dist/index.html'))) throw new Error('npm run build first');
  const dataDir = REUSE ? path.resolve(REUSE) : fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-county-'));
  if (!REUSE) tempDir = dataDir;
  if (!fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))) {
    const scale = parseScale(arg('--scale', 'full'));
    console.log(`生成县域数据集 (${scale.townships}×${scale.cadresPerTownship}×${scale.years}) → ${dataDir}`);
    const opened = await openCountyDatabase(dataDir, null);
    try {
      const result = await generateCounty(opened.ctx, opened.database.pool, scale, console.log);
      console.log(`  ${result.counts.reduce((s, c) => s + c.rows, 0).toLocaleString('en')} rows in ${result.seconds.toFixed(0)} s`);
    } finally {
      await opened.close();
    }
  }

  // The first start builds what is stale and warms the caches; the next ones are measured.
  const port = await freePort();
  let run = startYifa(START_SCRIPT, dataDir, port);
  children.add(run.child);
  await run.ready;
  await stop(run.child);
  const starts: number[] = [];
  for (let i = 0; i < 2; i++) {
    run = startYifa(START_SCRIPT, dataDir, port);
    children.add(run.child);
    starts.push(await run.ready);
    if (i < 1) await stop(run.child);
  }
  await new Promise((r) => setTimeout(r, 5000));
  const rss = rssOfTree(run.child.pid!, path.join(dataDir, 'pg'));
  const base = `http://127.0.0.1:${port}`;
  const databaseUrl = embeddedUrl(dataDir);
  const limit = await startLimitServer(databaseUrl);

  const cookies = {} as Record<Who, string>;
  for (const who of Object.keys(BENCH_LOGINS) as Who[]) cookies[who] = await signIn(base, BENCH_LOGINS[who]);

  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie: cookies.townshipAdmin } })).json()) as {
    user: { townshipId: string };
  };
  const townshipId = session.user.townshipId;
  // Each list once: its status, and how it pages (a list that changes its contract keeps being measured).
  const cases: { label: string; url: string; who: Who; paging: 'cursor' | 'page' | 'none'; runs: Load[]; failure?: string }[] = [];
  for (const list of COUNTY_LISTS) {
    for (const who of list.who) {
      const label = `${list.name} [${WHO_LABEL[who]}]`;
      if (!wanted(label)) continue;
      let url = `${base}${firstPage(list)}`;
      let res = await fetch(url, { headers: { cookie: cookies[who] } });
      // A county view of one township at a time (resolveTownship): the reviewer picks the first township.
      if (res.status === 400 && who === 'countyReviewer') {
        url = `${url}&townshipId=${townshipId}`;
        res = await fetch(url, { headers: { cookie: cookies[who] } });
      }
      const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      const paging = 'nextCursor' in body ? 'cursor' : 'page' in body || 'total' in body ? 'page' : 'none';
      cases.push({
        label: url.includes('townshipId=') ? `${label} (one township)` : label,
        url,
        who,
        paging,
        runs: [],
        ...(res.status === 200 ? {} : { failure: `HTTP ${res.status}` }),
      });
    }
  }

  const limitRuns: Load[] = [];
  const live = cases.filter((c) => !c.failure);
  for (let round = 1; round <= ROUNDS && live.length > 0; round++) {
    limitRuns.push(await load(`${limit.base}/limit`, null, 'cursor'));
    console.log(`round ${round}/${ROUNDS}: limit ${limitRuns.at(-1)!.rps.toFixed(0)} req/s`);
    for (const c of live) {
      c.runs.push(await load(c.url, cookies[c.who], c.paging));
      const backlog = await drain(base, cookies[c.who]);
      console.log(
        `  ${c.label}: ${c.runs.at(-1)!.rps.toFixed(0)} req/s, p97.5 ${ms(c.runs.at(-1)!.p975)}${backlog > 1500 ? ` (backlog worked off in ${ms(backlog)})` : ''}`,
      );
    }
  }

  const loadDuring = os.loadavg();
  console.log(
    `\n县域性能 (${CONNECTIONS} clients, ${SECONDS} s, medians of ${ROUNDS} interleaved rounds, ${PAGES} pages deep; ${os.cpus().length} cores; load ${loadAtStart[0]!.toFixed(1)} at start, ${loadDuring[0]!.toFixed(1)}/${loadDuring[1]!.toFixed(1)} (1/5 min) at the end; node ${process.version})`,
  );
  const limitRps = limitRuns.length ? median(limitRuns.map((r) => r.rps)) : 0;
  const limitP975 = limitRuns.length ? median(limitRuns.map((r) => r.p975)) : 0;
  if (limitRuns.length)
    console.log(
      `| limit (bare Fastify + pg, audit_log by index) | ${limitRps.toFixed(0)} | ${ms(median(limitRuns.map((r) => r.p50)))} | ${ms(limitP975)} | 100 % | 1.0× | |`,
    );
  console.log("| list [who] | req/s | p50 | p97.5 | share of the limit's req/s | p97.5 vs limit | budget (≥ 50 %, ≤ 2×) |");
  console.log('|---|---|---|---|---|---|---|');
  for (const c of cases) {
    if (c.failure) {
      console.log(`| ${c.label} | ${c.failure} | | | | | ✗ |`);
      continue;
    }
    const rps = median(c.runs.map((r) => r.rps));
    const p975 = median(c.runs.map((r) => r.p975));
    const share = rps / limitRps;
    const ratio = p975 / limitP975;
    const bad = c.runs.reduce((s, r) => s + r.non2xx + r.errors + r.timeouts, 0);
    if (rps === 0) {
      console.log(`| ${c.label} (${c.paging}) | 0 — no request answered within 10 s | | | 0 % | | ✗ (${bad} failed) |`);
      continue;
    }
    console.log(
      `| ${c.label} (${c.paging}) | ${rps.toFixed(0)} | ${ms(median(c.runs.map((r) => r.p50)))} | ${ms(p975)} | ${(share * 100).toFixed(1)} % | ${ratio.toFixed(1)}× | ${share >= 0.5 && ratio <= 2 && bad === 0 ? '✓' : '✗'}${bad ? ` (${bad} failed)` : ''} |`,
    );
  }

  // Single requests: median and worst of 5 warm runs.
  const single: { name: string; value: string; budget: string; isMet: boolean }[] = [];
  const one = async (name: string, who: Who, url: string, budgetMs: number) => {
    if (!wanted('reports') && !wanted(name)) return;
    let status = 0;
    const t = await timed(async () => {
      const res = await fetch(`${base}${url}`, { headers: { cookie: cookies[who] } });
      status = res.status;
      await res.arrayBuffer();
    }, 5);
    single.push({
      name: `${name} [${WHO_LABEL[who]}] ${url}`,
      value: status === 200 ? `${ms(t.ms)} (worst ${ms(t.max)})` : `HTTP ${status}`,
      budget: `≤ ${ms(budgetMs)}`,
      isMet: status === 200 && t.max <= budgetMs,
    });
  };
  await one('OGI annual report', 'townshipAdmin', `/api/disclosure-reports/${REPORT_YEAR}`, 1000);
  await one('law-study bulletin', 'townshipAdmin', `/api/law-study/bulletin?year=${REPORT_YEAR}&format=docx`, 1000);
  await one('compliance of the county', 'countyReviewer', `/api/compliance?year=${REPORT_YEAR}`, 1000);
  await one('workbench (我的工作台)', 'countyReviewer', '/api/workbench', 300);
  if (wanted('reports') || wanted('workbench')) {
    const statements = await statementsOf(databaseUrl, () =>
      fetch(`${base}/api/workbench`, { headers: { cookie: cookies.countyReviewer } }).then((r) => r.arrayBuffer()),
    );
    single.push({
      name: 'workbench [county]: SQL statements (pg_stat_database xact delta, a lower bound)',
      value: `${statements}`,
      budget: '—',
      isMet: true,
    });
  }
  const start = Math.max(...starts);
  single.push({
    name: 'start with county data → login page (worst of 2)',
    value: `${ms(start)} (${starts.map(ms).join(', ')})`,
    budget: '≤ 5 s',
    isMet: start <= 5000,
  });
  single.push({
    name: `idle memory, RSS of ${rss.processes} processes (app tree + PostgreSQL)`,
    value: `${rss.mb.toFixed(0)} MB`,
    budget: '≤ 400 MB',
    isMet: rss.mb <= 400,
  });
  console.log('');
  for (const s of single) console.log(`${s.isMet ? '✓' : '✗'} ${s.name}: ${s.value}  (budget ${s.budget})`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
