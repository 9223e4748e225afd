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

export async function setup(project: TestProject): Promise<void> {
  // The screenshots of this run only: a stale picture of a page that changed would mislead.
  fs.rmSync(path.resolve(import.meta.dirname, '../artifacts/screenshots'), { recursive: true, force: true });
  server = await startYifa();
  project.provide('baseUrl', server.baseUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
