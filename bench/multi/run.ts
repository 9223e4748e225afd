/**
 * `npm run bench:multi` — Yifa on several processes (issue 10, item 5): GET /api/people (page of 20,
 * the demo township with 300 more cadres) at 50 clients for 10 s,
 *   1. one app process, directly;
 *   2. two app processes behind nginx (a generated config in a temp folder; Debian's nginx at
 *      /usr/sbin/nginx) — or, when nginx is absent, say so and measure the two processes directly,
 *      clients split between them (what a proxy's round robin does, without its cost).
 * Prints requests/s, p50 and p97.5, and the CPU each app process used per request (utime + stime
 * from /proc, so the load generator's own CPU is not counted). One embedded PostgreSQL serves both.
 *
 * On this 2-core machine two processes cannot double the throughput (PostgreSQL, nginx and the
 * load generator share the same cores); the figure that carries to a bigger machine is the CPU per
 * request. Options: --seconds N (default 10), --clients N (default 50), --profile DIR,
 * --one (the one-process run only).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../apps/server/src/platform/db/embedded-postgres.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 10);
const CLIENTS = arg('clients', 50);
/** --profile DIR: the one-process run writes a V8 CPU profile there (summarise: bench/multi/profile.ts). */
const PROFILE_DIR = process.argv.includes('--profile') ? path.resolve(process.argv[process.argv.indexOf('--profile') + 1]!) : null;
/** --log-level L: the apps' LOG_LEVEL (default warn; production's default is info: two lines per request). */
const LOG_LEVEL = process.argv.includes('--log-level') ? process.argv[process.argv.indexOf('--log-level') + 1]! : 'warn';
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p)) ?? null;
const CLK_TCK = 100;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

interface App {
  child: ChildProcess;
  port: number;
}

/** The compiled server when built (what `npm start` runs), else the sources through tsx. */
function serverCommand(): string[] {
  const dist = path.join(ROOT, 'apps/server/dist/main.js');
  return fs.existsSync(dist) ? [dist] : ['--import', 'tsx', 'apps/server/src/main.ts'];
}

async function startApp(env: Record<string, string>, dataDir: string, nodeFlags: string[] = []): Promise<App> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, ...serverCommand()], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production', YIFA_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c));
  child.stderr!.on('data', (c: Buffer) => (out += c));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited: ${out}`);
    if (out.includes('已启动')) return { child, port };
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

async function signIn(base: string): Promise<{ cookie: string; csrf: string; orgId: string }> {
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
  return { cookie, csrf: session.csrfToken, orgId: session.user.orgId };
}

interface Load {
  count: number;
  rps: number;
  p50: number;
  p975: number;
  cpuMsPerRequest: number;
}

/** `CLIENTS` keep-alive clients for `SECONDS`; client i uses bases[i % bases.length]. */
async function load(bases: string[], cookie: string, appPids: number[], warmBases = bases): Promise<Load> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const get = (url: string) =>
    new Promise<number>((resolve, reject) => {
      http
        .get(url, { agent, headers: { cookie } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
        .on('error', reject);
    });
  // Warm-up of every app process directly (plans, JIT, the auth cache): a cold second process would
  // be measured otherwise.
  for (const base of warmBases) for (let i = 0; i < 300; i++) await get(`${base}/api/people?pageSize=20`);
  const cpu0 = appPids.map(cpuMs);
  const latencies: number[] = [];
  const t0 = performance.now();
  const deadline = t0 + SECONDS * 1000;
  const worker = async (i: number) => {
    const url = `${bases[i % bases.length]}/api/people?pageSize=20`;
    while (performance.now() < deadline) {
      const s = performance.now();
      const status = await get(url);
      if (status !== 200) throw new Error(`status ${status} from ${url}`);
      latencies.push(performance.now() - s);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => worker(i)));
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = appPids.map(cpuMs).reduce((sum, c, i) => sum + c - cpu0[i]!, 0);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { count: latencies.length, rps: latencies.length / elapsed, p50: q(0.5), p975: q(0.975), cpuMsPerRequest: cpu / latencies.length };
}

/** nginx in front of the app ports, as docs/deploy.md configures it (keep-alive to the upstreams). */
async function startNginx(dir: string, appPorts: number[]): Promise<{ port: number; stop: () => void }> {
  const port = await freePort();
  const conf = `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream yifa { ${appPorts.map((p) => `server 127.0.0.1:${p};`).join(' ')} keepalive 64; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://yifa;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const started = spawnSync(NGINX!, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`nginx: ${started.stderr}`);
  for (let i = 0; i < 50 && !fs.existsSync(path.join(dir, 'nginx.pid')); i++) await new Promise((r) => setTimeout(r, 100));
  return { port, stop: () => void spawnSync(NGINX!, ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-s', 'stop']) };
}

const fmt = (l: Load) =>
  `${l.rps.toFixed(0).padStart(6)} req/s   p50 ${l.p50.toFixed(1).padStart(6)} ms   p97.5 ${l.p975.toFixed(1).padStart(6)} ms   ` +
  `app CPU ${l.cpuMsPerRequest.toFixed(2)} ms/request   (${l.count} requests)`;

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-bench-multi-'));
  // nginx's workers run as an unprivileged user and must reach the config's temp folders.
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ pgDir: path.join(dir, 'pg') });
  const apps: App[] = [];
  let nginx: { port: number; stop: () => void } | null = null;
  try {
    const env = {
      DATABASE_URL: pg.url,
      // Shared by every process: the personal-data key (and the database, for sessions and jobs).
      YIFA_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
      YIFA_TRUST_PROXY: '1',
      YIFA_ADMIN_PASSWORD: 'Bench-Admin-1',
    };
    apps.push(await startApp(env, path.join(dir, 'app-a'), PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []));
    const first = `http://127.0.0.1:${apps[0]!.port}`;
    const { cookie, csrf, orgId } = await signIn(first);
    // A realistic roll: 300 cadres in the township (as bench/platform-budgets.ts).
    for (let i = 0; i < 300; i++) {
      await fetch(`${first}/api/people`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        body: JSON.stringify({ orgId, name: `压测干部${i}`, phone: `139${String(10000000 + i)}` }),
      });
    }
    const one = await load([first], cookie, [apps[0]!.child.pid!]);
    if (process.argv.includes('--one')) {
      console.log(`\nGET /api/people?pageSize=20, ${CLIENTS} clients, ${SECONDS} s, load average at start ${loadAtStart.toFixed(1)}`);
      console.log(`  one process, direct          ${fmt(one)}`);
      return;
    }

    apps.push(await startApp(env, path.join(dir, 'app-b')));
    const pids = apps.map((a) => a.child.pid!);
    let two: Load;
    let how: string;
    if (NGINX) {
      nginx = await startNginx(
        dir,
        apps.map((a) => a.port),
      );
      two = await load(
        [`http://127.0.0.1:${nginx.port}`],
        cookie,
        pids,
        apps.map((a) => `http://127.0.0.1:${a.port}`),
      );
      how = `two processes behind nginx (${NGINX})`;
    } else {
      two = await load(
        apps.map((a) => `http://127.0.0.1:${a.port}`),
        cookie,
        pids,
      );
      how = 'two processes, clients split between them (nginx not installed: apt-get install -y nginx)';
    }
    console.log(
      `\nGET /api/people?pageSize=20, ${CLIENTS} clients, ${SECONDS} s, ${os.cpus().length} cores, load average at start ${loadAtStart.toFixed(1)}`,
    );
    console.log(`  one process, direct          ${fmt(one)}`);
    console.log(`  ${how}\n                                ${fmt(two)}`);
  } finally {
    nginx?.stop();
    for (const a of apps) await stop(a.child);
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
