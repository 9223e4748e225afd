import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

/**
 * Starts Yifa the way a user does (`npm start`: embedded PostgreSQL, migrations, demo township)
 * on a fresh data folder and a free port, with the built web app. Journeys then drive Debian's
 * Chromium against it.
 */
export const ADMIN_PASSWORD = 'Admin-Init-2026';
const ROOT = path.resolve(import.meta.dirname, '..');
let child: ChildProcess | null = null;
let dataDir: string | null = null;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export async function setup(project: TestProject): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'apps/web/dist/index.html'))) throw new Error('先构建网页：npm run build');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-e2e-'));
  const port = await freePort();
  child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, YIFA_DATA_DIR: dataDir, PORT: String(port), YIFA_ADMIN_PASSWORD: ADMIN_PASSWORD, LOG_LEVEL: 'warn', YIFA_JOBS: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Yifa did not start in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('已启动')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.on('exit', (code) => reject(new Error(`Yifa exited (${code}):\n${output}`)));
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
}

export async function teardown(): Promise<void> {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.on('exit', r));
    child.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
