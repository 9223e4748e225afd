import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTownship, makeUser, TEST_PASSWORD, type TownshipFixture } from './factories.ts';
import { createTestApp, login, type Client, type TestApp } from './harness.ts';

/**
 * Issue 8 item 6: text PostgreSQL cannot store (NUL, a lone surrogate) must be refused with a 400 at
 * validation, in every string of every route — never reach the database and come back as a 500.
 * The walk reads the app's own OpenAPI document, so a route added later is covered too.
 */
let t: TestApp;
let admin: Client;
let sysAdmin: Client;
let f: TownshipFixture;

beforeAll(async () => {
  t = await createTestApp();
  f = await makeTownship(t.ctx.db);
  admin = await login(t.app, (await makeUser(t.ctx.db, 'townshipAdmin', f.townshipId, f.townshipId)).username, TEST_PASSWORD);
  sysAdmin = await login(t.app, (await makeUser(t.ctx.db, 'systemAdmin', null, null)).username, TEST_PASSWORD);
});
afterAll(() => t.close());

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  enum?: unknown[];
};
type Operation = {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

const UUID = '00000000-0000-4000-8000-000000000000';

/** Every path to a string inside a JSON schema (objects and arrays walked; a union counts if any branch is text). */
function stringPaths(schema: JsonSchema | undefined, path: (string | number)[] = [], depth = 0): (string | number)[][] {
  if (!schema || depth > 6) return [];
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  if (branches.length) {
    const found = branches.flatMap((b) => stringPaths(b, path, depth + 1));
    return found.length ? [found.find((p) => p.length === path.length) ?? found[0]!] : [];
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string')) return [path];
  if (types.includes('object') && schema.properties)
    return Object.entries(schema.properties).flatMap(([k, s]) => stringPaths(s, [...path, k], depth + 1));
  if (types.includes('array') && schema.items) return stringPaths(schema.items, [...path, 0], depth + 1);
  return [];
}

function withValueAt(path: (string | number)[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [withValueAt(rest, value)] : { [head!]: withValueAt(rest, value) };
}

/** A path parameter the route accepts, so the probe is judged on the part it is about. */
function validParam(schema: JsonSchema | undefined): string {
  if (schema?.enum?.length) return String(schema.enum[0]);
  const types = Array.isArray(schema?.type) ? schema.type : [schema?.type];
  if (types.includes('integer') || types.includes('number')) return '2025';
  if (schema?.format === 'uuid') return UUID;
  return schema?.format ? UUID : 'matter';
}

interface Probe {
  method: string;
  url: string;
  part: 'body' | 'querystring' | 'params';
  field: string;
  payload?: unknown;
}

/** One probe per string field of every /api operation, the field holding `bad` and nothing else sent. */
function probes(doc: { paths: Record<string, Record<string, Operation>> }, bad: string): Probe[] {
  const out: Probe[] = [];
  for (const [rawPath, operations] of Object.entries(doc.paths)) {
    if (!rawPath.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(operations)) {
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      const paramSchema = (name: string) => (op.parameters ?? []).find((p) => p.in === 'path' && p.name === name)?.schema;
      const url = (badParam?: string) =>
        rawPath.replace(/\{([^}]+)\}/g, (_m, name: string) =>
          name === badParam ? encodeURIComponent(bad) : validParam(paramSchema(name)),
        );
      // A lone surrogate cannot travel in a URL (UTF-8 has no encoding for it): bodies only.
      const inUrl = bad === '\u0000';
      if (inUrl) for (const name of pathParams) out.push({ method, url: url(name), part: 'params', field: `params.${name}` });
      // Fastify validates the body before the query string, so a query is probed where there is no body
      // (the POST/PUT ones share their query schema with a GET of the same path).
      const hasBody = !!op.requestBody;
      for (const q of (op.parameters ?? []).filter((p) => inUrl && !hasBody && p.in === 'query')) {
        if (stringPaths(q.schema).length === 0) continue;
        out.push({ method, url: `${url()}?${q.name}=${encodeURIComponent(bad)}`, part: 'querystring', field: `querystring.${q.name}` });
      }
      const json = op.requestBody?.content?.['application/json']?.schema;
      for (const p of stringPaths(json)) {
        if (p.length === 0) continue;
        out.push({ method, url: url(), part: 'body', field: `body.${p.join('.')}`, payload: withValueAt(p, `甲${bad}乙`) });
      }
    }
  }
  return out;
}

async function send(probe: Probe): Promise<LightMyRequestResponse> {
  const options = {
    method: probe.method.toUpperCase() as 'GET',
    url: probe.url,
    ...(probe.payload !== undefined ? { payload: probe.payload as object } : {}),
  };
  const res = await admin.request(options);
  // Platform routes (settings, calendar, backups) are the system administrator's.
  return res.statusCode === 403 ? sysAdmin.request(options) : res;
}

function refusedAsUnsafe(res: LightMyRequestResponse, field: string): boolean {
  if (res.statusCode !== 400) return false;
  const body = res.json() as { code?: string; invalidParams?: { name: string; code: string }[] };
  return body.code === 'REQUEST.VALIDATION_FAILED' && (body.invalidParams ?? []).some((p) => p.name === field && p.code === 'unsafeText');
}

describe('text PostgreSQL cannot store is refused at validation (issue 8 item 6)', () => {
  it('NUL in every string field, query parameter and path parameter of every route → 400 unsafeText', async () => {
    const all = probes(t.app.swagger() as never, '\u0000');
    expect(all.length).toBeGreaterThan(150);
    const wrong: string[] = [];
    for (const probe of all) {
      const res = await send(probe);
      if (!refusedAsUnsafe(res, probe.field))
        wrong.push(
          `${probe.method.toUpperCase()} ${probe.url} ${probe.field} → ${res.statusCode} ${JSON.stringify((res.json() as { invalidParams?: unknown }).invalidParams ?? res.body.slice(0, 160))}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  it('a lone surrogate in every string field of every JSON body → 400 unsafeText', async () => {
    const all = probes(t.app.swagger() as never, '\ud800').filter((p) => p.part === 'body');
    expect(all.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const probe of all) {
      const res = await send(probe);
      if (!refusedAsUnsafe(res, probe.field))
        wrong.push(
          `${probe.method.toUpperCase()} ${probe.url} ${probe.field} → ${res.statusCode} ${JSON.stringify((res.json() as { invalidParams?: unknown }).invalidParams ?? res.body.slice(0, 160))}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  it('the cases of the report: anonymous login, a law name, the user search', async () => {
    const loginNul = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin\u0000', password: 'x' } });
    expect(loginNul.statusCode).toBe(400);
    expect(loginNul.json().invalidParams).toContainEqual(expect.objectContaining({ name: 'body.username', code: 'unsafeText' }));
    const loginSurrogate = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'pw\ud800' },
    });
    expect(loginSurrogate.statusCode).toBe(400);

    expect((await admin.post('/api/law-study/laws', { name: '中华人民共和国宪法\u0000' })).statusCode).toBe(400);
    const surrogate = await admin.post('/api/law-study/laws', { name: '宪法\ud800' });
    expect(surrogate.statusCode).toBe(400);
    expect(surrogate.json().userMessage).toMatch(/[\u4e00-\u9fa5]/);
    expect((await admin.get('/api/users?q=%00')).statusCode).toBe(400);
    // A well-formed pair (an emoji, 𠀀 from CJK Extension B) is text like any other.
    expect((await admin.post('/api/law-study/laws', { name: '𠀀法😀' })).statusCode).toBe(201);
  });

  it('object keys are text too', async () => {
    const res = await admin.post('/api/law-study/laws', { name: '宪法', 'x\u0000': 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toContainEqual(expect.objectContaining({ name: 'body.x\u0000', code: 'unsafeText' }));
  });

  it('the public application form and tracking (they answer with a page, outside the route validator)', async () => {
    const site = `/gk/${f.divisionCode}/requests`;
    const page = await t.app.inject({
      method: 'GET',
      url: `${site}/apply`,
      cookies: { yifa_public_lang: 'en' },
      remoteAddress: '10.9.0.1',
    });
    const [, x, y] = /What is (\d+) plus (\d+)/.exec(page.body)!;
    const token = /name="humanToken" value="([^"]+)"/.exec(page.body)![1]!;
    const form = new URLSearchParams({
      applicantKind: 'natural',
      applicantName: '李四',
      idNumber: '11010519491231002X',
      phone: '13800001111',
      address: '',
      email: 'lisi@example.cn',
      description: '东村道路\u0000预算',
      forms: 'paper',
      deliveryMethod: 'email',
      humanToken: token,
      humanAnswer: String(Number(x) + Number(y)),
    });
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const apply = await t.app.inject({
      method: 'POST',
      url: `${site}/apply`,
      payload: form.toString(),
      headers,
      remoteAddress: '10.9.0.1',
    });
    expect(apply.statusCode).toBe(400);
    expect(apply.headers['content-type']).toContain('text/html');
    expect(apply.body).toContain('无法保存的字符');
    const track = await t.app.inject({
      method: 'POST',
      url: `${site}/track`,
      payload: 'number=A%00&secret=b%00',
      headers,
      remoteAddress: '10.9.0.1',
    });
    expect(track.statusCode).toBe(404);
  });
});
