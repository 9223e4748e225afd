#!/usr/bin/env node
// `npm run build -w @yifa/server` (and `npm run build`, and `npm start` when the build is missing or stale):
// bundles apps/server/src/main.ts with @yifa/domain into apps/server/dist/main.js, for plain node
// (docs/adr/0006-compiled-server.md). Packages from node_modules stay external: node resolves them from
// apps/server/dist exactly as from apps/server/src.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_ENTRY = path.join(ROOT, 'apps/server/src/main.ts');
export const SERVER_BUNDLE = path.join(ROOT, 'apps/server/dist/main.js');
/** The sources the bundle is made of: newer files here make the bundle stale. */
export const SERVER_SOURCES = [
  path.join(ROOT, 'apps/server/src'),
  path.join(ROOT, 'packages/domain/src'),
  path.join(ROOT, 'packages/domain/package.json'),
];

/**
 * The server reads files next to its sources at run time (migrations, site.css, fonts.conf, the
 * divisions data…) through import.meta.url / import.meta.dirname. In one bundle those would all
 * point at apps/server/dist; this plugin rewrites them, per source file, to that file's own place
 * (relative to the bundle, so a moved checkout still works). No runtime file is copied or forgotten.
 */
const sourceLocation = {
  name: 'source-location',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      let contents = await fs.promises.readFile(args.path, 'utf8');
      if (contents.includes('import.meta.')) {
        const fromBundle = JSON.stringify(path.relative(path.dirname(SERVER_BUNDLE), args.path).split(path.sep).join('/'));
        const fileUrl = `new URL(${fromBundle}, import.meta.url)`;
        contents = contents
          .replaceAll('import.meta.url', `${fileUrl}.href`)
          .replaceAll('import.meta.filename', `__yifaFileURLToPath(${fileUrl})`)
          .replaceAll('import.meta.dirname', `__yifaDirname(__yifaFileURLToPath(${fileUrl}))`);
        contents = `import { fileURLToPath as __yifaFileURLToPath } from 'node:url';\nimport { dirname as __yifaDirname } from 'node:path';\n${contents}`;
      }
      return { contents, loader: 'ts' };
    });
  },
};

/** Bundle workspace packages (@yifa/*, TypeScript sources); leave every other package to node. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@yifa/') ? undefined : { path: args.path, external: true }));
  },
};

export async function buildServer() {
  const { build } = await import('esbuild').catch(() => {
    // e.g. `npm ci --omit=dev` on a server: build where the dev dependencies are, or install them.
    throw new Error('缺少构建工具 esbuild（开发依赖）：请先运行 npm ci（不加 --omit=dev）再 npm run build');
  });
  const startedAt = Date.now();
  await build({
    entryPoints: [SERVER_ENTRY],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    sourcemap: 'linked',
    // Names stay readable in stack traces and in error.constructor.name checks.
    keepNames: true,
    logLevel: 'warning',
    plugins: [externalPackages, sourceLocation],
  });
  return Date.now() - startedAt;
}

/** The newest modification time of a file, or of the files in a folder (recursively). */
export function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  // Tests are not part of a build: editing one does not make the build stale.
  for (const entry of fs.readdirSync(target)) {
    if (!/\.test\.tsx?$/.test(entry)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Is apps/server/dist/main.js missing, or older than any of its sources? */
export function isServerBuildStale() {
  let builtAt;
  try {
    builtAt = fs.statSync(SERVER_BUNDLE).mtimeMs;
  } catch {
    return true;
  }
  return SERVER_SOURCES.some((source) => newestMtime(source) > builtAt);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const ms = await buildServer();
    console.log(`[依法] 服务端已构建：${path.relative(ROOT, SERVER_BUNDLE)} (${ms} ms)`);
  } catch (error) {
    console.error(`[依法] 服务端构建失败：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
