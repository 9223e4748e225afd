import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.ts';

/**
 * The OpenAPI document describes every body (issue #9 "Contracts end to end"): an integrator reads
 * from it what each /api route takes and answers. Fails for any route without a 2xx response
 * schema, with path parameters but no params schema, or a POST/PUT/PATCH without a body schema.
 */

/**
 * PENDING — the business modules are being converted to contracts (defineRoute + route()) in
 * parallel. Their tags are skipped here until they land; THE LEAD EMPTIES THIS LIST ON MERGE.
 * A platform route, or any route without one of these tags, is never skipped.
 */
const PENDING_TAGS: readonly string[] = [
  'law-study',
  'publicity',
  'disclosure-request',
  'proactive-disclosure',
  'disclosure-report',
  'organisation',
];

/**
 * Routes whose body is not JSON and so has no body schema. Keep this list short and say why.
 * - POST /api/files: a multipart/form-data upload (one file part, streamed; its type is sniffed
 *   from the content, its size checked against the settings), described by `consumes`.
 */
const BODY_EXCEPTIONS: readonly string[] = ['POST /api/files'];

interface Operation {
  tags?: string[];
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

interface RouteGap {
  route: string;
  gaps: string[];
  isPending: boolean;
}

const WRITES = new Set(['post', 'put', 'patch']);

/** What one operation of the document lacks (empty: fully described). */
function gapsOf(method: string, path: string, op: Operation): string[] {
  const gaps: string[] = [];
  const key = `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`;
  const ok = Object.entries(op.responses ?? {}).some(
    ([status, r]) => /^2\d\d$/.test(status) && Object.values(r.content ?? {}).some((c) => c.schema !== undefined),
  );
  if (!ok) gaps.push('no 2xx response schema');
  const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const declared = new Set((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name));
  const missing = pathParams.filter((p) => !declared.has(p!));
  if (missing.length > 0) gaps.push(`no params schema for ${missing.join(', ')}`);
  const hasBody = Object.values(op.requestBody?.content ?? {}).some((c) => c.schema !== undefined);
  if (WRITES.has(method) && !hasBody && !BODY_EXCEPTIONS.includes(key)) gaps.push('no body schema');
  return gaps;
}

/** Every /api operation of the document with what it lacks. */
function auditDocument(doc: { paths?: Record<string, Record<string, Operation>> }): RouteGap[] {
  const out: RouteGap[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      out.push({
        route: `${method.toUpperCase()} ${path}`,
        gaps: gapsOf(method, path, op),
        isPending: (op.tags ?? []).some((t) => PENDING_TAGS.includes(t)),
      });
    }
  }
  return out;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('OpenAPI coverage', () => {
  it('describes the request and the response of every /api route', () => {
    const routes = auditDocument(t.app.swagger() as never);
    const covered = routes.filter((r) => r.gaps.length === 0).length;
    const pending = routes.filter((r) => r.isPending && r.gaps.length > 0);
    console.info(
      `OpenAPI coverage: ${covered}/${routes.length} routes with request and response schemas` +
        (pending.length > 0 ? ` (${pending.length} not yet, under PENDING_TAGS)` : ''),
    );
    const failing = routes.filter((r) => !r.isPending && r.gaps.length > 0).map((r) => `${r.route}: ${r.gaps.join('; ')}`);
    expect(failing).toEqual([]);
    expect(routes.length).toBeGreaterThan(50);
  });

  it('fails for a route without schemas, unless its tag is pending', () => {
    const bare = { tags: ['settings'], responses: { 200: { description: 'Default Response' } } } as Operation;
    const doc = {
      paths: {
        '/api/things/{id}': { post: bare },
        '/api/untagged': { get: { responses: { 200: { description: 'Default Response' } } } },
        '/api/law-study/{id}': { get: { ...bare, tags: ['law-study'] } },
        '/api/files': { post: { tags: ['files'], responses: { 201: { content: { 'application/json': { schema: {} } } } } } },
      },
    };
    const result = auditDocument(doc);
    expect(result.find((r) => r.route === 'POST /api/things/{id}')).toEqual({
      route: 'POST /api/things/{id}',
      gaps: ['no 2xx response schema', 'no params schema for id', 'no body schema'],
      isPending: false,
    });
    expect(result.find((r) => r.route === 'GET /api/untagged')).toMatchObject({ gaps: ['no 2xx response schema'], isPending: false });
    expect(result.find((r) => r.route === 'GET /api/law-study/{id}')).toMatchObject({ isPending: true });
    expect(result.find((r) => r.route === 'POST /api/files')?.gaps).toEqual([]);
  });
});
