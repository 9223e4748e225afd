import swagger from '@fastify/swagger';
import { defineRoute, MEDIA_TYPES, zFileDownload } from '@yifa/domain';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { route } from './route.ts';
import { sendDownload } from './send-download.ts';

const create = defineRoute({
  method: 'POST',
  path: '/things/:id',
  access: 'public',
  tag: 'test',
  summary: '新建',
  status: 201,
  params: z.object({ id: z.string() }).strict(),
  body: z.object({ name: z.string().max(5) }).strict(),
  response: z.object({ id: z.string(), name: z.string() }),
});
const file = defineRoute({
  method: 'GET',
  path: '/things.docx',
  access: 'public',
  tag: 'test',
  summary: '下载',
  response: zFileDownload(MEDIA_TYPES.docx),
});

async function app() {
  const a = Fastify();
  a.setValidatorCompiler(validatorCompiler);
  a.setSerializerCompiler(serializerCompiler);
  a.decorateRequest('auth', null);
  await a.register(swagger, { openapi: { info: { title: 't', version: '1' } }, transform: jsonSchemaTransform });
  route(a, create, ({ params, body }) => ({ id: params.id, name: body.name, secret: 'x' }) as never);
  route(a, file, ({ reply }) => sendDownload(reply, { body: Buffer.from('PK'), fileName: '报告.docx', mediaType: MEDIA_TYPES.docx }));
  await a.ready();
  return a;
}

describe('route(app, contract, handler)', () => {
  it('validates the request, sets the status and sends only what the response schema names', async () => {
    const a = await app();
    const ok = await a.inject({ method: 'POST', url: '/things/7', payload: { name: '甲' } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toEqual({ id: '7', name: '甲' });
    expect((await a.inject({ method: 'POST', url: '/things/7', payload: { name: '甲乙丙丁戊己' } })).statusCode).toBe(400);
  });

  it('sends a file with its name, type, cache rule and nosniff, never as JSON', async () => {
    const a = await app();
    const res = await a.inject({ method: 'GET', url: '/things.docx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(MEDIA_TYPES.docx);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''%E6%8A%A5%E5%91%8A.docx");
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toBe('PK');
  });

  it('describes every body in the OpenAPI document', async () => {
    const doc = (await app()).swagger() as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: unknown }> }> }>>;
    };
    expect(Object.keys(doc.paths['/things/{id}']!.post!.responses)).toEqual(['201']);
    expect(JSON.stringify(doc.paths['/things.docx']!.get!.responses['200'])).toContain('binary');
  });
});
