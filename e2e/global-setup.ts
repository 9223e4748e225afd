import fs from 'node:fs';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startYifa, type YifaServer } from './yifa-server.ts';

/**
 * Starts the Yifa that all journeys share (`npm start` with the demo township, fresh data folder,
 * free port, built web app). Journeys then drive Debian's Chromium against it.
 */
export { ADMIN_PASSWORD } from './yifa-server.ts';
let server: YifaServer | null = null;
const SERVER_LOG = path.resolve(import.meta.dirname, '../artifacts/e2e-server.log');
const SLOW_MS = 3000;

export async function setup(project: TestProject): Promise<void> {
  // The screenshots of this run only: a stale picture of a page that changed would mislead.
  fs.rmSync(path.resolve(import.meta.dirname, '../artifacts/screenshots'), { recursive: true, force: true });
  fs.rmSync(SERVER_LOG, { force: true });
  server = await startYifa();
  project.provide('baseUrl', server.baseUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  printServerTrouble();
}

/**
 * The server's side of a failed journey, in the run's output: its errors and its slow requests (a
 * journey waits 30 s for what it expects; the browser alone cannot tell a slow answer from none).
 */
function printServerTrouble(): void {
  if (!fs.existsSync(SERVER_LOG)) return;
  const trouble: string[] = [];
  for (const line of fs.readFileSync(SERVER_LOG, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { level?: number; ms?: number };
      if ((entry.level ?? 0) >= 50 || (entry.ms ?? 0) >= SLOW_MS) trouble.push(line);
    } catch {
      // a line of plain text: not a log entry
    }
  }
  if (trouble.length === 0) return;
  console.log(`\n服务端错误与慢请求（≥ ${SLOW_MS} ms，共 ${trouble.length} 条，全文见 artifacts/e2e-server.log）：`);
  for (const line of trouble.slice(-40)) console.log(line.slice(0, 600));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
