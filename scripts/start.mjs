#!/usr/bin/env node
// `npm start`: the compiled server (apps/server/dist/main.js) in THIS process, so that a supervisor's
// SIGTERM reaches the server itself and it stops its database (docs/deploy.md). Builds first what is
// missing or older than its sources: the server (esbuild, about a second) and the web app (vite).
// Extra arguments (e.g. --no-demo) pass through: `npm start -- --no-demo`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isServerBuildStale, newestMtime, SERVER_BUNDLE } from './build-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webIndex = path.join(root, 'apps/web/dist/index.html');
const webSources = ['apps/web/src', 'apps/web/public', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/domain/src'].map((p) =>
  path.join(root, p),
);

function isWebBuildStale() {
  let builtAt;
  try {
    builtAt = fs.statSync(webIndex).mtimeMs;
  } catch {
    return true;
  }
  return webSources.some((source) => newestMtime(source) > builtAt);
}

// YIFA_WEB_DIST points at a web app built elsewhere: nothing to build here.
if (!process.env.YIFA_WEB_DIST && isWebBuildStale()) {
  console.log('[依法] 正在构建网页（首次或源码有更新，约 1 分钟）…');
  const built = spawnSync('npm', ['run', 'build', '-w', '@yifa/web'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (isServerBuildStale()) {
  // In a process of its own: esbuild's helper process would otherwise live on beside the server.
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-server.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

process.env.NODE_ENV ??= 'production';
// Stack traces name the TypeScript sources (dist/main.js.map).
process.setSourceMapsEnabled(true);
await import(pathToFileURL(SERVER_BUNDLE).href);
