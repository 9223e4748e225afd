/**
 * Publicity figures on this machine (printed, never asserted): a township with a busy year of
 * activities (N recorded through the API, spread over its villages), then the time of
 *   - GET /api/publicity/coverage, /summary (the coverage page), median of 7
 *   - GET /api/publicity/ledger (the .xlsx of the year), median of 5, and its size
 *   - GET /api/compliance?ruleCode=publicity.village-reached, median of 7
 *   - GET /api/publicity/activities (page of 20), median of 15
 * Run: `npm run bench:publicity` (N=2000 by default; PUBLICITY_BENCH_N to change). Needs apps/web/dist.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const N = Number(process.env.PUBLICITY_BENCH_N ?? 2000);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function start(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      YIFA_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      YIFA_ADMIN_PASSWORD: 'Bench-Admin-1',
      YIFA_JOBS: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c));
  child.stderr!.on('data', (c: Buffer) => (out += c));
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`exited: ${out}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/login`)).ok) return child;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not started: ${out}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-bench-pub-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = await start(dataDir, port);
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo-admin', password: 'Demo-2026' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json()) as {
      csrfToken: string;
      user: { townshipId: string };
    };
    const headers = { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
    const get = (p: string) => fetch(`${base}/api${p}`, { headers: { cookie } });
    const orgs = (await (await get('/orgs')).json()) as { id: string; kind: string; townshipId: string }[];
    const villages = orgs.filter((o) => o.townshipId === session.user.townshipId && (o.kind === 'village' || o.kind === 'community'));
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const t0 = performance.now();
    const venues = ['village', 'community', 'school', 'enterprise', 'agency', 'unit'];
    const channels = ['broadcast', 'led', 'online', 'onsite', 'print'];
    for (let i = 0; i < N; i += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, N - i) }, (_, k) => {
          const j = i + k;
          const v = villages[j % villages.length]!;
          const day = `${year}-${String((j % 11) + 1).padStart(2, '0')}-${String((j % 28) + 1).padStart(2, '0')}`;
          return fetch(`${base}/api/publicity/activities`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              orgId: v.id,
              villageId: v.id,
              date: day,
              title: `压测活动${j}`,
              venueType: venues[j % 6],
              channel: channels[j % 5],
              audienceCount: 30 + (j % 70),
              materialsCount: j % 50,
            }),
          }).then((r) => {
            if (r.status !== 201) throw new Error(`POST ${r.status}`);
          });
        }),
      );
    }
    const insertMs = performance.now() - t0;
    const time = async (p: string, n: number) => {
      const xs: number[] = [];
      let bytes = 0;
      for (let i = 0; i < n; i++) {
        const s = performance.now();
        const r = await get(p);
        bytes = (await r.arrayBuffer()).byteLength;
        if (!r.ok) throw new Error(`${p} ${r.status}`);
        xs.push(performance.now() - s);
      }
      return { ms: median(xs), bytes };
    };
    const coverage = await time(`/publicity/coverage?year=${year}`, 7);
    const summary = await time(`/publicity/summary?year=${year}`, 7);
    const ledger = await time(`/publicity/ledger?year=${year}`, 5);
    const rule = await time(`/compliance?year=${year}&ruleCode=publicity.village-reached`, 7);
    // The third page, by cursor (keyset paging): the cursors of the first two pages first.
    let after = '';
    for (let i = 0; i < 2; i++) {
      const page = (await (await get(`/publicity/activities?year=${year}&pageSize=20${after ? `&after=${after}` : ''}`)).json()) as {
        nextCursor: string | null;
      };
      after = page.nextCursor ?? '';
    }
    const list = await time(`/publicity/activities?year=${year}&pageSize=20${after ? `&after=${after}` : ''}`, 15);
    console.log(
      `publicity bench: ${N} activities recorded through the API in ${(insertMs / 1000).toFixed(1)} s (${(insertMs / N).toFixed(1)} ms each, 10 concurrent), ${villages.length} villages`,
    );
    console.log(`  GET coverage              median ${coverage.ms.toFixed(0)} ms`);
    console.log(`  GET summary               median ${summary.ms.toFixed(0)} ms`);
    console.log(`  GET ledger (.xlsx)        median ${ledger.ms.toFixed(0)} ms, ${(ledger.bytes / 1024).toFixed(0)} kB`);
    console.log(`  GET compliance (rule)     median ${rule.ms.toFixed(0)} ms`);
    console.log(`  GET activities (page 3)   median ${list.ms.toFixed(0)} ms`);
  } finally {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGINT');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
