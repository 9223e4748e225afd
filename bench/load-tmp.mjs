import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
const cookies = JSON.parse(fs.readFileSync('/tmp/probe/hold.log', 'utf8').split('\n').find((l) => l.startsWith('holding')).split(' ').slice(2).join(' '));
const q = (sql) => execFileSync(process.execPath, ['bench/q-tmp.mjs', sql], { encoding: 'utf8' });
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
  return total * 10;
}
const TOP = Number(process.env.TOP ?? 4);
for (const u of process.argv.slice(2)) {
  const [who, p] = u.split(':');
  q('select pg_stat_statements_reset()');
  const n0 = cpu(/scripts\/start\.mjs/), p0 = cpu(/^postgres/);
  const r = await autocannon({ url: `http://127.0.0.1:39200${p}`, connections: 50, duration: 4, headers: { cookie: cookies[who] } });
  const n = r.requests.total;
  const nc = ((cpu(/scripts\/start\.mjs/) - n0) / n) * 1000, pc = ((cpu(/^postgres/) - p0) / n) * 1000;
  console.log(`\n== ${u}: ${(r['2xx'] / 4).toFixed(0)} req/s p97.5 ${r.latency.p97_5} non2xx ${r.non2xx} | node ${nc.toFixed(0)}µs pg ${pc.toFixed(0)}µs /req`);
  console.log(q(`select round((total_exec_time/${n})::numeric*1000) as us_per_req, round(mean_exec_time::numeric*1000) as us_mean, round(calls::numeric/${n},2) as per_req, left(query, 160) from pg_stat_statements where calls > ${n / 10} order by total_exec_time desc limit ${TOP}`));
}
