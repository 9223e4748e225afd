#!/usr/bin/env node
// The JavaScript a page needs at first load, gzip-compressed, from the built dist/ folder:
// the entry of index.html and its static imports, plus the lazy chunk of the page and its static
// imports. Usage: node apps/web/scripts/chunk-report.mjs [page-chunk-prefix ...]
// (default: login-page). Exit code 1 when the login page exceeds the 350 kB budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const assets = path.join(dist, 'assets');
const BUDGET_KB = 350;

const gzipKb = (file) => zlib.gzipSync(fs.readFileSync(path.join(assets, file)), { level: 9 }).length / 1024;

function staticImports(file) {
  const code = fs.readFileSync(path.join(assets, file), 'utf8');
  const found = new Set();
  // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`; dynamic `import("./x.js")` is lazy.
  for (const m of code.matchAll(/(?:from\s*|import\s*)["']\.\/([^"']+\.js)["']/g)) found.add(m[1]);
  return [...found];
}

function closure(roots) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...staticImports(file));
  }
  return seen;
}

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const entry = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['login-page'];

let isOverBudget = false;
const shell = closure(entry);
const shellKb = [...shell].reduce((s, f) => s + gzipKb(f), 0);
console.log(`entry (index.html): ${shell.size} chunks, ${shellKb.toFixed(1)} kB gzip`);
for (const page of pages) {
  const chunk = files.find((f) => f.startsWith(`${page}-`));
  if (!chunk) {
    console.log(`${page}: no chunk found`);
    continue;
  }
  const all = closure([...entry, chunk]);
  const rows = [...all].map((f) => ({ f, kb: gzipKb(f) })).sort((a, b) => b.kb - a.kb);
  const total = rows.reduce((s, r) => s + r.kb, 0);
  console.log(`\n${page}: ${all.size} chunks, ${total.toFixed(1)} kB gzip in all`);
  for (const r of rows) console.log(`  ${r.kb.toFixed(1).padStart(7)} kB  ${r.f}`);
  if (page === 'login-page' && total > BUDGET_KB) {
    console.log(`  OVER BUDGET (${BUDGET_KB} kB)`);
    isOverBudget = true;
  }
}
const echarts = files.filter((f) => f.startsWith('vendor-echarts'));
const loadsEcharts = [...closure([...entry, ...files.filter((f) => f.startsWith('login-page-'))])].some((f) => echarts.includes(f));
console.log(`\nECharts in the first load: ${loadsEcharts ? 'YES (wrong)' : 'no'}`);
process.exit(isOverBudget || loadsEcharts ? 1 : 0);
