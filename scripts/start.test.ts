import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` as a supervisor sees it (systemd, `docker stop`): it signals the one process that npm
 * start started — `node scripts/start.mjs` — and expects the server AND its embedded PostgreSQL gone
 * within 10 s, the data folder free for the next start (docs/deploy.md).
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const STOP_LIMIT_MS = 10_000;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
}

/** Exactly what `npm start` runs (package.json "start"), on its own data folder and port. */
async function npmStart(dataDir: string, webDist: string): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), '--no-demo'], {
    cwd: ROOT,
    env: {
      ...process.env,
      YIFA_DATA_DIR: dataDir,
      YIFA_WEB_DIST: webDist,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      YIFA_ADMIN_PASSWORD: 'Start-Test-2026',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c));
  child.stderr!.on('data', (c: Buffer) => (out += c));
  const deadline = Date.now() + 100_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) throw new Error(`npm start not ready in 100 s:\n${out}`);
    const res = await fetch(`http://127.0.0.1:${port}/login`).catch(() => null);
    if (res?.ok && (await res.text()).includes('start-test-web')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port, output: () => out };
}

const postmasterPid = (dataDir: string) => Number(fs.readFileSync(path.join(dataDir, 'pg/postmaster.pid'), 'utf8').split('\n')[0]);

/** Is the process running? A zombie (ended, not yet reaped by its parent, PID 1 here) is not. */
function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

/** The processes whose parent is pid (from /proc). */
function childrenOf(pid: number): string[] {
  const found: string[] = [];
  for (const p of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) found.push(fs.readFileSync(`/proc/${p}/cmdline`, 'utf8'));
    } catch {
      /* gone */
    }
  }
  return found;
}

async function signalAndWait(started: Started, signals: NodeJS.Signals[]): Promise<{ code: number | null; ms: number }> {
  const t0 = Date.now();
  const exited = new Promise<number | null>((resolve) => started.child.on('exit', (code) => resolve(code)));
  for (const [i, signal] of signals.entries()) {
    // A later signal is sent once the server has begun stopping (signals of one kind do not queue).
    while (i > 0 && !started.output().includes('正在停止') && started.child.exitCode === null) await new Promise((r) => setTimeout(r, 10));
    started.child.kill(signal);
  }
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([exited, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), 20_000)))]);
  clearTimeout(timer);
  if (code === 'timeout') {
    started.child.kill('SIGKILL');
    throw new Error(`still running 20 s after ${signals.join('+')}:\n${started.output()}`);
  }
  return { code, ms: Date.now() - t0 };
}

// Skipped on the PostgreSQL 15 pass of npm test (TEST_DATABASE_URL): it uses the embedded database only, and once is enough.
describe.skipIf(!!process.env.TEST_DATABASE_URL)('npm start (compiled server, one process)', () => {
  it('stops the server and its database on SIGTERM within 10 s, and the data folder starts again and stops on SIGINT', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-start-'));
    const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-start-web-'));
    dirs.push(dataDir, webDist);
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root">start-test-web</div>');

    const first = await npmStart(dataDir, webDist);
    // One process: the server runs in the process npm start started, not in a child it would have to forward signals to.
    expect(childrenOf(first.child.pid!).filter((cmd) => cmd.includes('node'))).toEqual([]);
    // Files the compiled server reads next to its sources: the public site's stylesheet.
    const gk = await (await fetch(`http://127.0.0.1:${first.port}/gk/`)).text();
    const css = /href="(\/gk\/assets\/site\.[0-9a-f]+\.css)"/.exec(gk)?.[1];
    expect(css).toBeDefined();
    expect((await fetch(`http://127.0.0.1:${first.port}${css}`)).status).toBe(200);
    const pg1 = postmasterPid(dataDir);
    expect(isAlive(pg1)).toBe(true);

    const term = await signalAndWait(first, ['SIGTERM']);
    expect(term.code).toBe(0);
    expect(term.ms).toBeLessThanOrEqual(STOP_LIMIT_MS);
    expect(isAlive(pg1)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg/postmaster.pid'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'yifa.lock'))).toBe(false);
    console.log(`[start.test] SIGTERM → exit 0 in ${term.ms} ms, PostgreSQL ${pg1} gone`);

    // The same data folder starts again (no orphan reused: it was stopped cleanly) and stops on SIGINT.
    const second = await npmStart(dataDir, webDist);
    expect(second.output()).not.toContain('遗留');
    const pg2 = postmasterPid(dataDir);
    const int = await signalAndWait(second, ['SIGINT']);
    expect(int.code).toBe(0);
    expect(int.ms).toBeLessThanOrEqual(STOP_LIMIT_MS);
    expect(isAlive(pg2)).toBe(false);
    console.log(`[start.test] SIGINT → exit 0 in ${int.ms} ms, PostgreSQL ${pg2} gone`);

    // Two signals in a row (an impatient operator): the database still ends, at once.
    const third = await npmStart(dataDir, webDist);
    const pg3 = postmasterPid(dataDir);
    const twice = await signalAndWait(third, ['SIGTERM', 'SIGTERM']);
    expect(third.output()).toContain('再次收到 SIGTERM');
    expect(twice.code).toBe(1);
    expect(twice.ms).toBeLessThanOrEqual(STOP_LIMIT_MS);
    expect(isAlive(pg3)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'yifa.lock'))).toBe(false);
    console.log(`[start.test] SIGTERM twice → exit ${twice.code} in ${twice.ms} ms, PostgreSQL ${pg3} gone`);
  }, 400_000);
});
