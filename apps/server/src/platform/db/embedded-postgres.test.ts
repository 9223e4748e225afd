import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { acquireInstanceLock, InstanceLockedError } from './instance-lock.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-embedded-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function select1(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('select 1 as one');
  await client.end();
  return rows[0].one as number;
}

describe('the embedded PostgreSQL', () => {
  it('listens on loopback with a password, and reuses its own orphan after the app was killed', async () => {
    const dir = tmp();
    const first = await startEmbeddedPostgres({ pgDir: path.join(dir, 'pg') });
    expect(first.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/postgres$/);
    expect(await select1(first.url)).toBe(1);
    // The app "dies" without stopping the server (kill -9): the next start must find it, not fail.
    const second = await startEmbeddedPostgres({ pgDir: path.join(dir, 'pg') });
    expect(second.wasOrphan).toBe(true);
    expect(second.port).toBe(first.port);
    expect(await select1(second.url)).toBe(1);
    await second.stop();
    // Stopped cleanly: a fresh start is not an orphan, and the data is still there.
    const third = await startEmbeddedPostgres({ pgDir: path.join(dir, 'pg') });
    expect(third.wasOrphan).toBe(false);
    expect(await select1(third.url)).toBe(1);
    await third.stop();
  }, 120_000);
});

describe('the instance lock', () => {
  it('refuses a second Yifa on the same data folder and takes over a stale lock', async () => {
    const dir = tmp();
    const release = acquireInstanceLock(dir);
    // Our own pid holds it: a second acquisition from "another process" is simulated with a live node pid.
    release();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    fs.writeFileSync(path.join(dir, 'yifa.lock'), String(child.pid));
    expect(() => acquireInstanceLock(dir)).toThrow(InstanceLockedError);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    // The holder is gone (crash, kill -9): the lock is stale and is taken over.
    const again = acquireInstanceLock(dir);
    expect(fs.readFileSync(path.join(dir, 'yifa.lock'), 'utf8')).toBe(String(process.pid));
    again();
    expect(fs.existsSync(path.join(dir, 'yifa.lock'))).toBe(false);
  });
});
