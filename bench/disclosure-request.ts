/**
 * Budget of the disclosure-request issue, measured (never asserted in tests): the public application
 * page /gk/<code>/requests/apply ≤ 150 kB of JS gzip and usable before fully loaded. The page is
 * server-rendered HTML with no script at all; this fetches it from a started Yifa (demo township) and
 * sums the bytes of its HTML and of every script and stylesheet it references, raw and gzip.
 * Run: `npm run bench:disclosure-request` (builds the web app first if needed). Traffic stays on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEMO_CODE = '430903209000';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const gz = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-bench-dr-'));
const port = await freePort();
const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
  cwd: ROOT,
  env: {
    ...process.env,
    YIFA_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    YIFA_ADMIN_PASSWORD: 'Bench-Admin-1',
    YIFA_JOBS: 'off',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
child.stdout!.on('data', (c: Buffer) => (log += c));
child.stderr!.on('data', (c: Buffer) => (log += c));
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`Yifa exited: ${log}`);
    try {
      if ((await fetch(`${base}/gk/`)).ok) break;
    } catch {
      /* not yet */
    }
    if (i > 2400) throw new Error('Yifa did not start in 60 s');
    await new Promise((r) => setTimeout(r, 25));
  }
  const url = `${base}/gk/${DEMO_CODE}/requests/apply`;
  const t0 = performance.now();
  const res = await fetch(url);
  const html = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - t0;
  const text = html.toString('utf8');
  const scripts = [...text.matchAll(/<script\b[^>]*?(?:src="([^"]*)")?[^>]*>/g)].map((m) => m[1] ?? '(inline)');
  const styles = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const rows: { what: string; raw: number; gzip: number }[] = [
    { what: `HTML ${url.replace(base, '')} (${res.status})`, raw: html.length, gzip: gz(html) },
  ];
  let jsGzip = 0;
  for (const src of scripts) {
    const body = src === '(inline)' ? Buffer.alloc(0) : Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    rows.push({ what: `script ${src}`, raw: body.length, gzip: gz(body) });
    jsGzip += gz(body);
  }
  for (const href of styles) {
    const body = Buffer.from(await (await fetch(new URL(href, url))).arrayBuffer());
    rows.push({ what: `stylesheet ${href}`, raw: body.length, gzip: gz(body) });
  }
  console.log('Public application page (依申请公开), as the server sends it:');
  for (const r of rows) console.log(`  ${r.what.padEnd(60)} ${kb(r.raw).padStart(9)} raw ${kb(r.gzip).padStart(9)} gzip`);
  const total = rows.reduce((n, r) => n + r.gzip, 0);
  console.log(`  ${'total'.padEnd(60)} ${kb(rows.reduce((n, r) => n + r.raw, 0)).padStart(9)} raw ${kb(total).padStart(9)} gzip`);
  console.log(
    `  script elements: ${scripts.length}; JS gzip: ${kb(jsGzip)} (budget ≤ 150 kB) → ${jsGzip <= 150 * 1024 ? 'met' : 'NOT MET'}`,
  );
  console.log(`  fetched in ${ms.toFixed(0)} ms; a plain HTML form: usable as soon as the HTML has arrived (no script to wait for)`);
} finally {
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGINT');
  await exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
}
