import type { StopMode } from './platform/db/embedded-postgres.ts';

/**
 * What a supervisor does to stop Yifa: SIGTERM (systemd, `docker stop`) or SIGINT (Ctrl-C) to the one
 * node process, then SIGKILL after its timeout (docker: 10 s). So the whole stop fits in 10 s, and
 * whatever happens the embedded database is stopped: a postmaster left behind would hold the data
 * folder (docs/deploy.md).
 *
 *   1st signal: stop taking requests, finish the ones in flight, stop jobs, close the pool, stop the
 *               database ("fast": a checkpoint, no recovery at the next start); exit 0.
 *   2nd signal, or the clean stop still running after FORCE_AFTER_MS: stop the database at once
 *               ("immediate": crash recovery at the next start, nothing lost, fsync is on); exit 1.
 */
export const FORCE_AFTER_MS = 7_000;

export interface ShutdownSteps {
  /** Everything above the database: the HTTP server, background jobs, the connection pool. */
  closeApp: () => Promise<void>;
  /** The embedded database (a no-op with an external DATABASE_URL). */
  stopDatabase: (mode: StopMode) => Promise<void>;
  /** The data folder's instance lock. */
  releaseLock: () => void;
  log: (message: string) => void;
  exit?: (code: number) => void;
  forceAfterMs?: number;
}

/** Installs the handlers; returns their removal (for tests). */
export function stopOnSignals(steps: ShutdownSteps): () => void {
  const exit = steps.exit ?? ((code: number) => process.exit(code));
  let isStopping = false;
  let isForcing = false;

  const force = async (reason: string) => {
    if (isForcing) return;
    isForcing = true;
    steps.log(`${reason}，立即停止数据库…`);
    await steps.stopDatabase('immediate').catch(() => undefined);
    steps.releaseLock();
    steps.log('已停止（数据库为立即停止，下次启动时自动恢复）。');
    exit(1);
  };

  const stop = async (signal: string) => {
    if (isStopping) return void force(`再次收到 ${signal}`);
    isStopping = true;
    steps.log(`收到 ${signal}，正在停止…`);
    const timer = setTimeout(() => void force('停止超时'), steps.forceAfterMs ?? FORCE_AFTER_MS);
    await steps.closeApp().catch((error: unknown) => steps.log(`停止服务时出错：${String(error)}`));
    await steps.stopDatabase('fast').catch(() => undefined);
    clearTimeout(timer);
    if (isForcing) return;
    steps.releaseLock();
    steps.log('已停止，数据库已正常关闭。');
    exit(0);
  };

  const onSigint = () => void stop('SIGINT');
  const onSigterm = () => void stop('SIGTERM');
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  return () => {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
  };
}
