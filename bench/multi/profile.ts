/**
 * `npx tsx bench/multi/profile.ts <file.cpuprofile> [top]` — where a server's CPU went: self time by
 * function (with its file) and by package, in % of the profile's samples (idle excluded).
 */
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const [file, topArg] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file!, 'utf8')) as { nodes: Node[]; samples: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map<number, number>();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);

const where = (url: string) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.includes('/apps/server/src/')) return `yifa:${url.split('/apps/server/src/')[1]!.split('/').slice(0, 2).join('/')}`;
  if (url.includes('/packages/domain/')) return 'yifa:domain';
  if (url.startsWith('node:')) return url;
  return url ? 'other' : '(native/gc)';
};
const fn = new Map<string, number>();
const pkg = new Map<string, number>();
let total = 0;
for (const [id, c] of counts) {
  const n = byId.get(id)!;
  const name = n.callFrame.functionName || '(anonymous)';
  if (name === '(idle)' || name === '(program)') continue;
  total += c;
  const key = `${name}  ${n.callFrame.url.replace(/^.*\/(node_modules|apps|packages)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + c);
  const p = name === '(garbage collector)' ? '(gc)' : where(n.callFrame.url);
  pkg.set(p, (pkg.get(p) ?? 0) + c);
}
const top = Number(topArg ?? 25);
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title} (self time, % of ${total} busy samples)`);
  for (const [k, c] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * c) / total).toFixed(1).padStart(5)} %  ${k}`);
};
show('by package', pkg);
show('by function', fn);
