/**
 * Personal data never leaves the server in clear unless the role may see it and the view is audited
 * (个人信息保护法第五十一条). Two walks:
 * 1. every schema of the OpenAPI document (bodies, queries, declared responses): each field whose name looks
 *    personal (PERSONAL_FIELD_PATTERN) has a masking rule (PERSONAL_FIELD_MASKS) or is listed below as not
 *    personal, with the reason;
 * 2. every GET route of the demo township, read by roles without a view-personal permission: each
 *    personal-looking value is masked.
 */
import { PERSONAL_FIELD_MASKS, PERSONAL_FIELD_PATTERN } from '@yifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoIfFirstStart } from '../platform/seed/demo.ts';
import { createTestApp, login, type Client, type TestApp } from './harness.ts';

/** Fields that look personal but are not a person's data. */
const NOT_PERSONAL: { route: RegExp; field: string; why: string }[] = [
  ...['address', 'phone', 'fax', 'email', 'postalCode'].map((field) => ({
    route: /^\/api\/proactive-disclosure\/guide-settings/,
    field,
    why: 'the OGI office\u2019s own contact, published in the disclosure guide (条例第十二条)',
  })),
];

const isPersonal = (name: string) => PERSONAL_FIELD_PATTERN.test(name);
const hasRule = (name: string) => Object.hasOwn(PERSONAL_FIELD_MASKS, name);
const exempt = (route: string, name: string) => NOT_PERSONAL.some((x) => x.route.test(route) && x.field === name);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Property names anywhere in a JSON schema (request bodies, parameters, responses), with their paths. */
function schemaFields(schema: Json, path: string, out: { path: string; name: string }[]): void {
  if (!schema || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    schema.forEach((s, i) => schemaFields(s, `${path}[${i}]`, out));
    return;
  }
  for (const [key, sub] of Object.entries(schema)) {
    if (key === 'properties' && sub && typeof sub === 'object' && !Array.isArray(sub)) {
      for (const [name, prop] of Object.entries(sub)) {
        out.push({ path: `${path}.${name}`, name });
        schemaFields(prop, `${path}.${name}`, out);
      }
    } else {
      schemaFields(sub, `${path}.${key}`, out);
    }
  }
}

/** Personal-looking string values of a JSON response, with their paths. */
function personalValues(value: Json, path: string, out: { path: string; name: string; value: string }[]): void {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => personalValues(v, `${path}[${i}]`, out));
    return;
  }
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string' && v !== '' && isPersonal(name)) out.push({ path: `${path}.${name}`, name, value: v });
    personalValues(v, `${path}.${name}`, out);
  }
}

let t: TestApp;
let openapi: { paths: Record<string, Record<string, Json>> };

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoIfFirstStart(t.ctx)).not.toBeNull();
  openapi = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(() => t.close());

describe('personal fields', () => {
  it('the masking rules mask: every rule changes a sample and hides most of it', () => {
    const samples: Record<string, string> = {
      idNumber: '11010519491231002X',
      phone: '13912345678',
      email: 'zhangsan@example.cn',
      address: '湖南省益阳市赫山区笔架山乡东村3组',
    };
    for (const [field, mask] of Object.entries(PERSONAL_FIELD_MASKS)) {
      const sample = samples[field];
      expect(sample, `a sample for ${field}`).toBeTruthy();
      expect(mask(sample!)).not.toBe(sample);
      expect(mask(sample!)).toContain('*');
    }
  });

  it('every personal-looking field of every schema in the OpenAPI document has a masking rule', () => {
    const uncovered: string[] = [];
    const seen = new Set<string>();
    for (const [route, methods] of Object.entries(openapi.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const fields: { path: string; name: string }[] = [];
        schemaFields(op, `${method.toUpperCase()} ${route}`, fields);
        const params = (op as { parameters?: { name: string }[] }).parameters ?? [];
        for (const p of params) fields.push({ path: `${method.toUpperCase()} ${route} ?${p.name}`, name: p.name });
        for (const f of fields.filter((x) => isPersonal(x.name))) {
          seen.add(f.name);
          if (!hasRule(f.name) && !exempt(route, f.name)) uncovered.push(f.path);
        }
      }
    }
    // The walk does find the applicant's and the cadres' fields.
    expect([...seen]).toEqual(expect.arrayContaining(['idNumber', 'phone', 'email', 'address']));
    expect(uncovered).toEqual([]);
  });

  it('no GET answer of the demo township carries a personal value in clear unless asked for (?unmasked=true, audited)', async () => {
    // The township administrator may unmask, but only by asking: the audit log and every list stay masked for it too.
    const clients: [string, Client][] = [
      ['demo-admin', await login(t.app, 'demo-admin', DEMO_PASSWORD)],
      ['demo-adviser', await login(t.app, 'demo-adviser', DEMO_PASSWORD)],
      ['demo-county', await login(t.app, 'demo-county', DEMO_PASSWORD)],
      ['demo-sfs', await login(t.app, 'demo-sfs', DEMO_PASSWORD)],
    ];
    const gets = Object.entries(openapi.paths)
      .filter(([, m]) => 'get' in m)
      .map(([p]) => p);
    const leaks: string[] = [];
    let checked = 0;
    for (const [who, client] of clients) {
      const ids = new Map<string, string[]>();
      for (const route of gets.filter((p) => !p.includes('{'))) {
        const res = await client.get(route);
        if (res.statusCode !== 200 || !String(res.headers['content-type']).includes('json')) continue;
        const body = res.json() as Json;
        const items = Array.isArray(body)
          ? body
          : body && typeof body === 'object' && Array.isArray((body as { items?: Json }).items)
            ? (body as { items: Json[] }).items
            : [];
        ids.set(
          route,
          items.flatMap((x) => (x && typeof x === 'object' && !Array.isArray(x) && typeof x.id === 'string' ? [x.id] : [])).slice(0, 5),
        );
        const found: { path: string; name: string; value: string }[] = [];
        personalValues(body, route, found);
        for (const f of found) {
          checked += 1;
          if (exempt(route, f.name)) continue;
          if (!hasRule(f.name) || !f.value.includes('*')) leaks.push(`${who} ${f.path} = ${f.value}`);
        }
      }
      // The records of each list, one by one.
      for (const route of gets.filter((p) => /^[^{]*\/\{id\}$/.test(p))) {
        for (const id of ids.get(route.replace('/{id}', '')) ?? []) {
          const res = await client.get(route.replace('{id}', id));
          if (res.statusCode !== 200 || !String(res.headers['content-type']).includes('json')) continue;
          const found: { path: string; name: string; value: string }[] = [];
          personalValues(res.json() as Json, route, found);
          for (const f of found) {
            checked += 1;
            if (exempt(route, f.name)) continue;
            if (!hasRule(f.name) || !f.value.includes('*')) leaks.push(`${who} ${f.path} = ${f.value}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20); // people's phones and ID numbers, applicants' contacts
    expect(leaks).toEqual([]);
  });
});
