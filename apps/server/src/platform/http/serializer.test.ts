import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializerReport } from '../../app.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { createResponseSerializer } from './serializer.ts';

const Item = z.object({
  id: z.uuid(),
  name: z.string(),
  count: z.number().int().nullable(),
  state: z.enum(['draft', 'published']).nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  at: z.iso.datetime(),
  on: z.iso.date().nullable(),
  note: z.string().optional(),
  tally: z.record(z.string(), z.number()),
  detail: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text: z.string() }),
    z.object({ kind: z.literal('count'), value: z.number() }),
  ]),
  either: z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]),
  extra: z.unknown(),
});
const Page = z.object({ items: z.array(Item), nextCursor: z.string().nullable() });

const ID = '5b0c1c8e-4c1a-4e8f-9a55-0d0c1f8f3a10';
const item = {
  id: ID,
  name: '张三',
  count: null,
  state: null,
  owner: { id: 'o1', name: '办公室', phone: '13800000000' },
  at: '2026-01-02T03:04:05.000Z',
  on: null,
  tally: { a: 1 },
  detail: { kind: 'count', value: 3, text: 'left over' },
  either: { b: 2 },
  extra: { nested: [1, 'x', null] },
  idNumber: '110101199001011234',
};

function compile(schema: z.ZodType, isChecked: boolean) {
  const serializer = createResponseSerializer({ isChecked });
  const write = serializer.compiler({ schema, method: 'GET', url: '/api/x', httpStatus: '200' });
  return { write, fallbacks: serializer.fallbacks };
}

describe('the compiled response serializer', () => {
  it('writes what zod writes: nullable, optional, enums, records, unions, dates, unknown', () => {
    const { write, fallbacks } = compile(Page, false);
    expect(fallbacks).toEqual([]);
    const pages = [
      { items: [item], nextCursor: 'abc' },
      {
        items: [
          {
            ...item,
            count: 3,
            state: 'draft',
            owner: null,
            on: '2026-01-02',
            note: '备注',
            detail: { kind: 'text', text: 't' },
            either: { a: 'x' },
          },
        ],
        nextCursor: null,
      },
      { items: [], nextCursor: null },
    ];
    for (const page of pages) expect(JSON.parse(write(page))).toEqual(JSON.parse(JSON.stringify(z.encode(Page, page as never))));
  });

  it('drops properties the schema does not name, at every depth, as zod strips them', () => {
    const { write } = compile(Page, false);
    const json = write({ items: [item], nextCursor: null, secret: 'x' });
    expect(json).not.toContain('idNumber');
    expect(json).not.toContain('13800000000');
    expect(json).not.toContain('left over');
    expect(json).not.toContain('secret');
  });

  it('in checked mode (tests) refuses an answer that drifted from its contract', () => {
    const { write } = compile(Page, true);
    expect(() => write({ items: [{ ...item, name: 42 }], nextCursor: null })).toThrow(/Response doesn't match the schema/);
    expect(() => write({ items: [{ ...item, at: undefined }], nextCursor: null })).toThrow();
    expect(JSON.parse(write({ items: [item], nextCursor: null })).items[0].name).toBe('张三');
  });

  it('falls back to zod for a schema JSON Schema cannot say, and names it', () => {
    const { write, fallbacks } = compile(z.object({ n: z.bigint().transform(String) }), false);
    expect(fallbacks).toHaveLength(1);
    expect(fallbacks[0]!.url).toBe('/api/x');
    expect(() => write({ n: 1n })).toThrow();
  });
});

describe('every route of the app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('has a compiled serializer: no route falls back to zod', () => {
    // Compiled when the app is ready, not at the first response: a broken schema shows here.
    expect(responseSerializerReport.compiled.count).toBeGreaterThan(100);
    expect(responseSerializerReport.fallbacks.map((f) => `${f.method} ${f.url}: ${f.reason}`)).toEqual([]);
  });
});
