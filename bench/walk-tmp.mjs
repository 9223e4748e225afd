import fs from 'node:fs';
const cookies = JSON.parse(fs.readFileSync('/tmp/probe/hold.log', 'utf8').split('\n').find((l) => l.startsWith('holding')).split(' ').slice(2).join(' '));
for (const u of process.argv.slice(2)) {
  const [who, p] = u.split(':');
  let url = p, sizes = [];
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    const r = await fetch(`http://127.0.0.1:39200${url}`, { headers: { cookie: cookies[who] } });
    const body = await r.text();
    sizes.push(`${r.status} ${body.length}B ${(performance.now() - t).toFixed(1)}ms`);
    const next = r.status === 200 ? JSON.parse(body).nextCursor : null;
    if (!next) break;
    url = `${p}&after=${encodeURIComponent(next)}`;
  }
  console.log(u, sizes.join(' / '));
}
