// One load run with autocannon, in a process of its own so that the load generator never shares the
// event loop of the measuring script (bench/county/run.ts). Input: one JSON argument
//   { url, cookie, connections, seconds, pages, paging: 'cursor' | 'page' | 'none' }
// where url is the first page; each connection then walks on `pages - 1` pages as a user does (by
// nextCursor from the previous response, or page=2, 3 …). Output: one JSON line of figures.
import autocannon from 'autocannon';

const input = JSON.parse(process.argv[2]);
const headers = input.cookie ? { cookie: input.cookie } : {};
const first = new URL(input.url);
const base = `${first.pathname}${first.search}`;
const join = (params) => `${base}${base.includes('?') ? '&' : '?'}${params}`;

const requests = [];
for (let p = 1; p <= input.pages; p++) {
  if (p === 1 || input.paging === 'none') {
    requests.push({ method: 'GET', path: base, headers, onResponse: remember });
  } else if (input.paging === 'cursor') {
    requests.push({
      method: 'GET',
      headers,
      setupRequest: (req, context) => ({ ...req, path: context.next ? join(`after=${encodeURIComponent(context.next)}`) : base }),
      onResponse: remember,
    });
  } else {
    requests.push({ method: 'GET', path: join(`page=${p}`), headers, onResponse: remember });
  }
}

function remember(status, body, context) {
  if (input.paging !== 'cursor') return;
  try {
    context.next = status === 200 ? (JSON.parse(body).nextCursor ?? null) : null;
  } catch {
    context.next = null;
  }
}

const result = await autocannon({
  url: `${first.protocol}//${first.host}`,
  connections: input.connections,
  duration: input.seconds,
  timeout: 10,
  requests,
});
const ok = result['2xx'];
process.stdout.write(
  `${JSON.stringify({
    rps: ok / input.seconds,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    requests: result.requests.total,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  })}\n`,
);
