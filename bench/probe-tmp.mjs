// ad-hoc probe (not committed)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';
const DATA = '/tmp/bench-full';
const PORT = 39200, LPORT = 39201;
const urls = process.argv.slice(2);
const yifa = spawn(process.execPath, [...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), 'scripts/start.mjs'], { env: { ...process.env, YIFA_DATA_DIR: DATA, PORT: String(PORT), LOG_LEVEL: 'warn', YIFA_JOBS: 'off' }, stdio: ['ignore', 'pipe', 'pipe'] });
await new Promise((r) => { yifa.stdout.on('data', (c) => { if (String(c).includes('已启动：')) r(); }); yifa.stderr.on('data', (c) => process.stderr.write(c)); });
const password = fs.readFileSync(`${DATA}/pg-password`, 'utf8').trim();
const pgport = fs.readFileSync(`${DATA}/pg/postmaster.pid`, 'utf8').split('\n')[3].trim();
const lim = spawn(process.execPath, ['--import', 'tsx', 'bench/county/limit-server.ts'], { env: { ...process.env, DATABASE_URL: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgport}/postgres`, PORT: String(LPORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => lim.stdout.on('data', (c) => String(c).includes('ready') && r()));
async function login(u) {
  const res = await fetch(`http://127.0.0.1:${PORT}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: u, password: 'Bench-County-1' }) });
  if (res.status !== 200) throw new Error(await res.text());
  return res.headers.get('set-cookie').split(';')[0];
}
const cookies = { t: await login('bench-township'), c: await login('bench-county'), s: await login('bench-sysadmin') };
const secs = Number(process.env.SECS ?? 5);
import { execSync } from 'node:child_process';
function cpu(pattern) {
  let total = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!pattern.test(cmd)) continue;
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += Number(f[11]) + Number(f[12]);
    } catch {}
  }
  return total * 10; // ms (100 Hz)
}
async function run(url, cookie) {
  const pats = { node: url.includes(String(LPORT)) ? /limit-server/ : /scripts\/start\.mjs/, pg: /^postgres/, self: new RegExp(`^${process.execPath}.*probe-tmp`) };
  const before = Object.fromEntries(Object.entries(pats).map(([k, v]) => [k, cpu(v)]));
  const r = await autocannon({ url, connections: 50, duration: secs, headers: cookie ? { cookie } : {} });
  const n = r.requests.total;
  const per = Object.entries(pats).map(([k, v]) => `${k} ${((cpu(v) - before[k]) / n * 1000).toFixed(0)}µs`).join(' ');
  return `${(r['2xx'] / secs).toFixed(0)} req/s p97.5 ${r.latency.p97_5} ms non2xx ${r.non2xx} | cpu/req ${per}`;
}
// warm
for (const u of urls) { const [who, p] = u.split(':'); await fetch(`http://127.0.0.1:${PORT}${p}`, { headers: { cookie: cookies[who] } }); }
for (let round = 0; round < Number(process.env.ROUNDS ?? 1); round++) {
  console.log('limit', await run(`http://127.0.0.1:${LPORT}/limit`));
  for (const u of urls) { const [who, p] = u.split(':'); console.log(u, await run(`http://127.0.0.1:${PORT}${p}`, cookies[who])); }
}
if (process.env.HOLD) { console.log('holding', PORT, JSON.stringify(cookies)); await new Promise((r) => setTimeout(r, Number(process.env.HOLD) * 1000)); }
yifa.kill('SIGINT'); lim.kill('SIGINT');
await new Promise((r) => yifa.on('exit', r));
