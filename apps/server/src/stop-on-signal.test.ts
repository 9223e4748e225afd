import { afterEach, describe, expect, it } from 'vitest';
import type { StopMode } from './platform/db/embedded-postgres.ts';
import { stopOnSignals } from './stop-on-signal.ts';

/** The real process's handlers are replaced for the test: only the ones under test may react. */
let remove = () => {};
afterEach(() => remove());

function harness(closeApp: () => Promise<void>) {
  const calls: string[] = [];
  let exited: (code: number) => void = () => {};
  const exitCode = new Promise<number>((resolve) => (exited = resolve));
  remove = stopOnSignals({
    closeApp: async () => {
      calls.push('closeApp');
      await closeApp();
    },
    stopDatabase: async (mode: StopMode) => void calls.push(`stopDatabase:${mode}`),
    releaseLock: () => void calls.push('releaseLock'),
    log: () => {},
    exit: (code) => {
      calls.push(`exit:${code}`);
      exited(code);
    },
    forceAfterMs: 200,
  });
  return { calls, exitCode };
}

describe('stopOnSignals', () => {
  it('on SIGTERM closes the app, stops the database cleanly, releases the lock and exits 0', async () => {
    const { calls, exitCode } = harness(async () => {});
    process.emit('SIGTERM');
    expect(await exitCode).toBe(0);
    expect(calls).toEqual(['closeApp', 'stopDatabase:fast', 'releaseLock', 'exit:0']);
  });

  it('when the app hangs, stops the database at once after the time limit and exits 1', async () => {
    const { calls, exitCode } = harness(() => new Promise(() => {}));
    const t0 = Date.now();
    process.emit('SIGINT');
    expect(await exitCode).toBe(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    expect(calls).toEqual(['closeApp', 'stopDatabase:immediate', 'releaseLock', 'exit:1']);
  });

  it('on a second signal stops the database at once without waiting for the app', async () => {
    const { calls, exitCode } = harness(() => new Promise(() => {}));
    const t0 = Date.now();
    process.emit('SIGTERM');
    process.emit('SIGTERM');
    expect(await exitCode).toBe(1);
    expect(Date.now() - t0).toBeLessThan(190);
    expect(calls).toEqual(['closeApp', 'stopDatabase:immediate', 'releaseLock', 'exit:1']);
  });
});
