import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.ts';

/**
 * The OpenAPI document describes every body (issue #9 "Contracts end to end"): an integrator reads
 * from it what each /api route takes and answers. Fails for any route without a 2xx response
 * schema, with path parameters but no params schema, or a POST/PUT/PATCH without a body schema.
 */

interface Operation {
  tags?: string[];
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

interface RouteGap {
  route: string;
  gaps: string[];
}

const WRITES = new Set(['post', 'put', 'patch']);

/** What one operation of the document lacks (empty: fully described). */
function gapsOf(method: string, path: string, op: Operation): string[] {
  const gaps: string[] = [];
  const ok = Object.entries(op.responses ?? {}).some(
    ([status, r]) => /^2\d\d$/.test(status) && Object.values(r.content ?? {}).some((c) => c.schema !== undefined),
  );
  if (!ok) gaps.push('no 2xx response schema');
  const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const declared = new Set((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name));
  const missing = pathParams.filter((p) => !declared.has(p!));
  if (missing.length > 0) gaps.push(`no params schema for ${missing.join(', ')}`);
  const hasBody = Object.values(op.requestBody?.content ?? {}).some((c) => c.schema !== undefined);
  // An upload declares its multipart body too (zUploadBody), so there is no exception.
  if (WRITES.has(method) && !hasBody) gaps.push('no body schema');
  return gaps;
}

/** Every /api operation of the document with what it lacks. */
function auditDocument(doc: { paths?: Record<string, Record<string, Operation>> }): RouteGap[] {
  const out: RouteGap[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      out.push({ route: `${method.toUpperCase()} ${path}`, gaps: gapsOf(method, path, op) });
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
    console.info(`OpenAPI coverage: ${covered}/${routes.length} routes with request and response schemas`);
    const failing = routes.filter((r) => r.gaps.length > 0).map((r) => `${r.route}: ${r.gaps.join('; ')}`);
    expect(failing).toEqual([]);
    expect(routes.length).toBeGreaterThan(50);
  });

  it('describes an upload as multipart/form-data with its binary part', () => {
    const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
    for (const path of ['/api/files', '/api/people/import', '/api/law-study/imports/scores']) {
      const content = doc.paths[path]!.post!.requestBody?.content ?? {};
      expect(Object.keys(content), path).toEqual(['multipart/form-data']);
      expect(JSON.stringify(content['multipart/form-data']!.schema), path).toContain('"file":{"type":"string","format":"binary"}');
    }
  });

  it('fails for a route without schemas', () => {
    const bare = { tags: ['settings'], responses: { 200: { description: 'Default Response' } } } as Operation;
    const doc = {
      paths: {
        '/api/things/{id}': { post: bare },
        '/api/untagged': { get: { responses: { 200: { description: 'Default Response' } } } },
        '/api/files': { post: { tags: ['files'], responses: { 201: { content: { 'application/json': { schema: {} } } } } } },
      },
    };
    const result = auditDocument(doc);
    expect(result.find((r) => r.route === 'POST /api/things/{id}')).toEqual({
      route: 'POST /api/things/{id}',
      gaps: ['no 2xx response schema', 'no params schema for id', 'no body schema'],
    });
    expect(result.find((r) => r.route === 'GET /api/untagged')?.gaps).toEqual(['no 2xx response schema']);
    expect(result.find((r) => r.route === 'POST /api/files')?.gaps).toEqual(['no body schema']);
  });
});
