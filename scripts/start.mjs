#!/usr/bin/env node
// `npm start`: builds the web app once if it has not been built, then runs the server.
// Extra arguments (e.g. --no-demo) pass through: `npm start -- --no-demo`.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'apps/web/dist/index.html');
if (!fs.existsSync(dist) && !process.env.YIFA_WEB_DIST) {
  console.log('[依法] 首次启动：正在构建网页（约 1 分钟）…');
  const built = spawnSync('npm', ['run', 'build', '-w', '@yifa/web'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const child = spawn(process.execPath, [tsx, path.join(root, 'apps/server/src/main.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
// The server handles SIGINT itself (clean database shutdown); we only wait for it.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
