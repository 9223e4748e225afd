// What the benches share: a fresh embedded PostgreSQL migrated and seeded like a new install, a timer
// that reports the median and the worst of several warm runs, and Yifa started as `npm start` does
// with the memory of everything it runs.
export const ROOT = path.resolve(import.meta.dirname, '..');
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { connect, type Database } from '../apps/server/src/platform/db/client.ts';
import { startEmbeddedPostgres } from '../apps/server/src/platform/db/embedded-postgres.ts';
import { runMigrations } from '../apps/server/src/platform/db/migrate.ts';
import { registerAllSeeders } from '../apps/server/src/platform/seed/register-all.ts';
import { seedReference } from '../apps/server/src/platform/seed/reference.ts';

export interface BenchDatabase {
  database: Database;
  url: string;
  /** A scratch folder for the run (data dir of an app built on this database). */
  dir: string;
}

/** Runs `fn` on a new database in a temporary folder, then stops the server and removes the folder. */
export async function withBenchDatabase<T>(name: string, fn: (b: BenchDatabase) => Promise<T>, poolSize = 5): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `yifa-bench-${name}-`));
  const pg = await startEmbeddedPostgres({ pgDir: path.join(dir, 'pg') });
  const database = connect(pg.url, poolSize);
  try {
    await runMigrations(database);
    registerAllSeeders();
    await seedReference(database.db);
    return await fn({ database, url: pg.url, dir });
  } finally {
    await database.close();
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One warm-up run (plan cache, buffers), then `runs` timed runs: the median and the worst, in ms. */
export async function timed<T>(fn: () => Promise<T>, runs = 7): Promise<{ ms: number; max: number; result: T }> {
  let result = await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    ms.push(performance.now() - t0);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]!, result };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts Yifa as `npm start` does (`startScript`, by default scripts/start.mjs) on a data folder; `ready` resolves to the ms until the login page is served. */
export function startYifa(
  startScript: string,
  dataDir: string,
  port: number,
  env: Record<string, string> = {},
): { child: ChildProcess; ready: Promise<number> } {
  const t0 = performance.now();
  const child = spawn(process.execPath, [startScript], {
    cwd: ROOT,
    env: { ...process.env, YIFA_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', YIFA_ADMIN_PASSWORD: 'Bench-Admin-1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c));
  child.stderr!.on('data', (c: Buffer) => (out += c));
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited: ${out}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/login`);
        if (res.ok && (await res.text()).includes('<div id="root"')) return performance.now() - t0;
      } catch {
        /* not yet */
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  return { child, ready };
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGINT');
  await exited;
}

/**
 * RSS of everything Yifa runs: the process `npm start` started and all its descendants (the server,
 * wherever it runs), plus the embedded PostgreSQL's postmaster and its backends. The postmaster is
 * not a descendant (pg_ctl detaches it), so it is found through postmaster.pid.
 */
export function rssOfTree(rootPid: number, pgDir: string): { mb: number; processes: number } {
  const parentOf = new Map<number, number>();
  for (const p of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      parentOf.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const roots = [rootPid];
  try {
    roots.push(Number(fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]));
  } catch {
    /* external database */
  }
  const pids = new Set<number>(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (!pids.has(pid) && pids.has(ppid)) {
        pids.add(pid);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const pid of pids) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return { mb: kb / 1024, processes: pids.size };
}
