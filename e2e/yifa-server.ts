import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The system administrator's initial password on every server the journeys start. */
export const ADMIN_PASSWORD = 'Admin-Init-2026';
const ROOT = path.resolve(import.meta.dirname, '..');

export interface YifaServer {
  baseUrl: string;
  /** Stops the server (it shuts its database down cleanly on SIGINT) and deletes its data folder. */
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts Yifa the way a user does (`npm start`: embedded PostgreSQL, migrations, reference data,
 * the system administrator, the demo township unless `demo: false`) on a fresh data folder and a
 * free port, serving the built web app.
 */
export async function startYifa({ demo = true }: { demo?: boolean } = {}): Promise<YifaServer> {
  if (!fs.existsSync(path.join(ROOT, 'apps/web/dist/index.html'))) throw new Error('先构建网页：npm run build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-e2e-'));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), ...(demo ? [] : ['--no-demo'])], {
    cwd: ROOT,
    env: {
      ...process.env,
      YIFA_DATA_DIR: dataDir,
      PORT: String(port),
      YIFA_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'info',
      YIFA_JOBS: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      // The server stops its database cleanly on SIGINT (≈ 3 s); the timer must not keep Vitest alive afterwards.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        exited,
        new Promise((r) => {
          timer = setTimeout(r, 15_000);
        }),
      ]);
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  // Everything the server prints goes to artifacts/e2e-server.log too: a failed journey in CI is
  // then diagnosable from the server's side (a slow or failed request), not only from the browser's.
  fs.mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
  const log = fs.createWriteStream(path.join(ROOT, 'artifacts/e2e-server.log'), { flags: 'a' });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Yifa did not start in 90 s:\n${output}`)), 90_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        // "已启动：<url>" is the server's ready line; "内嵌数据库已启动" comes earlier and is not enough.
        if (output.includes('已启动：')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Yifa exited (${code}):\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: `http://127.0.0.1:${port}`, stop };
}
