import fs from 'node:fs';
import path from 'node:path';

/**
 * One Yifa per data folder: a second one on the same embedded database would fight over it.
 * The lock is a file holding our pid; a lock whose process is gone (after a crash or kill -9) is stale.
 */
export class InstanceLockedError extends Error {}

export function acquireInstanceLock(dataDir: string): () => void {
  const file = path.join(dataDir, 'yifa.lock');
  fs.mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.rmSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(file, 'utf8'));
      if (pid && pid !== process.pid && isYifaAlive(pid)) {
        throw new InstanceLockedError(
          `数据目录 ${dataDir} 已被另一个正在运行的依法系统使用 (进程 ${pid})。请先停止它，或用 YIFA_DATA_DIR 指定其他目录。`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new InstanceLockedError(`无法锁定数据目录 ${dataDir}`);
}

function isYifaAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // A recycled pid that now belongs to something else is not a running Yifa.
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}
