/**
 * Platform budgets of the platform issue, measured on this machine (never asserted in tests):
 *   1. `npm start` to a served login page on an existing data folder   (budget ≤ 5 s)
 *   2. login page JS, gzip                                              (budget ≤ 350 kB)
 *   3. idle memory, app + embedded PostgreSQL (RSS)                     (budget ≤ 400 MB)
 *   4. GET /api/people (page of 20) at 50 concurrent clients, p95       (budget ≤ 50 ms)
 * Run: `npm run build && npm run bench`. Traffic stays on 127.0.0.1, bounded in time.
 * `npm run bench -- --start <script>` measures another start script in place of scripts/start.mjs
 * (e.g. the previous one, to compare before and after a change to the start).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { freePort, rssOfTree, startYifa as startApp, stop } from './support.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const startFlag = process.argv.indexOf('--start');
const START_SCRIPT = path.resolve(startFlag > 0 ? process.argv[startFlag + 1]! : path.join(ROOT, 'scripts/start.mjs'));
const startYifa = (dataDir: string, port: number) => startApp(START_SCRIPT, dataDir, port);
const results: { name: string; value: string; budget: string; isMet: boolean }[] = [];

/** The login page's first load: the entry and the lazy login chunk with their static imports (apps/web/scripts/chunk-report.mjs). */
function loginJsGzipKb(): number {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'apps/web/scripts/chunk-report.mjs'), 'login-page'], { encoding: 'utf8' });
  const m = /login-page: \d+ chunks, ([\d.]+) kB gzip/.exec(out);
  if (!m) throw new Error(`chunk report: ${out}`);
  return Number(m[1]);
}

async function loadTest(base: string): Promise<{ p50: number; p95: number; p99: number; count: number }> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo-admin', password: 'Demo-2026' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json()) as {
    csrfToken: string;
    user: { orgId: string };
  };
  // A realistic roll: 300 cadres in the township.
  for (let i = 0; i < 300; i++) {
    await fetch(`${base}/api/people`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ orgId: session.user.orgId, name: `压测干部${i}`, phone: `139${String(10000000 + i)}` }),
    });
  }
  const latencies: number[] = [];
  const deadline = performance.now() + 10_000;
  // node:http with keep-alive: a light client, so the load generator takes little of the 2 cores.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  const get = (url: string) =>
    new Promise<number>((resolve, reject) => {
      http
        .get(url, { agent, headers: { cookie } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
        .on('error', reject);
    });
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const status = await get(`${base}/api/people?pageSize=20`);
      if (status !== 200) throw new Error(`status ${status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99), count: latencies.length };
}

async function main(): Promise<void> {
  // The machine may be shared: the load when the bench began says how far to trust the figures.
  const loadAtStart = os.loadavg()[0]!;
  if (!fs.existsSync(path.join(ROOT, 'apps/web/dist/index.html'))) throw new Error('npm run build first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-bench-'));
  const port = await freePort();
  // First start creates the data folder (initdb, demo); it is not what the budget is about.
  let run = startYifa(dataDir, port);
  await run.ready;
  await stop(run.child);
  const starts: number[] = [];
  for (let i = 0; i < 3; i++) {
    run = startYifa(dataDir, port);
    starts.push(await run.ready);
    if (i < 2) await stop(run.child);
  }
  const start = Math.max(...starts);
  results.push({
    name: 'npm start → login page (existing data, worst of 3)',
    value: `${(start / 1000).toFixed(2)} s (runs: ${starts.map((s) => (s / 1000).toFixed(2)).join(', ')} s)`,
    budget: '≤ 5 s',
    isMet: start <= 5000,
  });

  const js = loginJsGzipKb();
  results.push({
    name: 'login page JS (gzip -9, entry + login chunk and their static imports)',
    value: `${js.toFixed(0)} kB`,
    budget: '≤ 350 kB',
    isMet: js <= 350,
  });

  await new Promise((r) => setTimeout(r, 5000));
  const rss = rssOfTree(run.child.pid!, path.join(dataDir, 'pg'));
  results.push({
    name: `idle memory, app + embedded PostgreSQL (RSS sum of ${rss.processes} processes)`,
    value: `${rss.mb.toFixed(0)} MB`,
    budget: '≤ 400 MB',
    isMet: rss.mb <= 400,
  });

  const load = await loadTest(`http://127.0.0.1:${port}`);
  results.push({
    name: `GET /api/people page of 20, 50 clients, 10 s (${load.count} requests)`,
    value: `p50 ${load.p50.toFixed(1)} ms, p95 ${load.p95.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms`,
    budget: 'p95 ≤ 50 ms',
    isMet: load.p95 <= 50,
  });
  await stop(run.child);
  fs.rmSync(dataDir, { recursive: true, force: true });

  console.log(
    `\n平台性能预算 (${path.relative(ROOT, START_SCRIPT)}; ${os.cpus().length} cores, load ${loadAtStart.toFixed(1)} at start, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version})`,
  );
  for (const r of results) console.log(`${r.isMet ? '✓' : '✗'} ${r.name}: ${r.value}  (budget ${r.budget})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
