import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { makeTownship, type TownshipFixture } from '../../test/factories.ts';
import type { YifaModule } from '../modules.ts';
import { html, publicContext, sendPage, PUBLIC_SUBMIT_RATE_LIMIT } from './index.ts';
import { registerPublicSite } from './plugin.ts';
import { SITE_CSS_URL } from './assets.ts';

let t: TestApp;
let township: TownshipFixture;

// A module with one page and one form, as a business module mounts them.
const sampleModule: YifaModule = {
  name: 'sample',
  routes: async () => {},
  publicLinks: [{ path: 'notes', title: { zh: '公告', en: 'Notes' }, description: { zh: '本乡镇公告', en: 'Notices' }, order: 1 }],
  publicRoutes: async (site) => {
    site.get('/notes', async (request, reply) => {
      const ctx = publicContext(request);
      return sendPage(reply, request, {
        title: ctx.lang === 'en' ? 'Notes' : '公告',
        body: html`<p>${ctx.township.name}</p>
          <p>${String((request.query as { q?: string }).q ?? '')}</p>`,
      });
    });
    site.post('/notes', { config: { rateLimit: PUBLIC_SUBMIT_RATE_LIMIT } }, async (request, reply) => {
      const body = request.body as Record<string, string | string[]>;
      return sendPage(reply, request, { title: 'ok', body: html`<p>${JSON.stringify(body)}</p>` });
    });
  },
};

async function siteWith(modules: YifaModule[]) {
  const app = Fastify();
  app.decorate('ctx', t.ctx);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerPublicSite(app, modules);
  await app.ready();
  return app;
}

beforeAll(async () => {
  t = await createTestApp();
  township = await makeTownship(t.ctx.db, '公开乡');
});
afterAll(async () => t.close());

describe('public site shell', () => {
  it('lists the townships and opens a township\u2019s site with landmarks, lang and a skip link', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/gk/' });
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-type']).toContain('text/html');
    expect(list.body).toContain(`/gk/${township.divisionCode}/`);
    const home = await t.app.inject({ method: 'GET', url: `/gk/${township.divisionCode}/` });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<html lang="zh-CN">');
    expect(home.body).toContain('<main id="main"');
    expect(home.body).toContain('href="#main"');
    expect(home.body).toContain('公开乡');
    expect(home.body).not.toContain('<script');
  });

  it('answers an unknown township, a malformed code and an unknown page with an HTML 404', async () => {
    for (const url of ['/gk/999999999999/', '/gk/abc/', `/gk/${township.divisionCode}/nothing-here`]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('页面不存在');
    }
  });

  it('switches 关怀模式 and English with a cookie, and only returns to a path of the site', async () => {
    const on = await t.app.inject({ method: 'GET', url: `/gk/care?to=1&back=${encodeURIComponent(`/gk/${township.divisionCode}/`)}` });
    expect(on.statusCode).toBe(303);
    expect(on.headers.location).toBe(`/gk/${township.divisionCode}/`);
    const care = on.cookies.find((c) => c.name === 'yifa_care');
    expect(care?.value).toBe('1');
    const page = await t.app.inject({ method: 'GET', url: `/gk/${township.divisionCode}/`, cookies: { yifa_care: '1' } });
    expect(page.body).toContain('<body class="care">');
    expect(page.body).toContain('退出关怀模式');
    const evil = await t.app.inject({ method: 'GET', url: '/gk/care?to=1&back=https://evil.example/' });
    expect(evil.headers.location).toBe('/gk/');
    const protocolRelative = await t.app.inject({ method: 'GET', url: '/gk/lang?to=en&back=//evil.example/' });
    expect(protocolRelative.headers.location).toBe('/gk/');
    const back = async (value: string) =>
      (await t.app.inject({ method: 'GET', url: `/gk/care?to=0&back=${encodeURIComponent(value)}` })).headers.location;
    // A browser reads "\\" as "/" and resolves "..": "/gk/../\\evil.example" lands on "//evil.example".
    for (const evilBack of [
      '/gk/../\\evil.example',
      '/gk/..\\evil.example',
      '/gk/%2e%2e/%2fevil.example',
      '/gk/%2E%2E%5Cevil.example',
      '/gk//evil.example',
      '/gk/.//evil.example',
      '/gk/a/../../x',
      '/gk/./x',
      '/gk\\evil.example',
      '/\\evil.example',
      'https://evil.example/gk/',
      'javascript:alert(1)',
      '/gk/x\r\nSet-Cookie: a=1',
      '/gk/x\tx',
      '/gk/%0d%0aX: 1',
      '/gk/%252e%252e/x',
      '/gk/x/%2F%2Fevil',
      'gk/x',
      '/GK/x',
      '/gk/x#//evil',
      '/gk/x?y=\\',
      `/gk/${'a'.repeat(600)}`,
    ]) {
      expect(await back(evilBack), evilBack).toBe('/gk/');
    }
    for (const goodBack of [
      `/gk/${township.divisionCode}/`,
      `/gk/${township.divisionCode}/requests/track?number=GK-2026-0001`,
      '/gk/',
      `/gk/${township.divisionCode}/info?q=${encodeURIComponent('预算')}&page=2`,
    ]) {
      expect(await back(goodBack), goodBack).toBe(goodBack);
    }
    const english = await t.app.inject({ method: 'GET', url: `/gk/${township.divisionCode}/`, cookies: { yifa_public_lang: 'en' } });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Open government');
  });

  it('serves its one stylesheet for a year under a hashed name', async () => {
    const css = await t.app.inject({ method: 'GET', url: SITE_CSS_URL });
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toContain('immutable');
    expect(css.body).toContain('body.care');
  });

  it('mounts a module\u2019s pages and menu, escapes what the visitor typed, parses plain forms, limits submissions', async () => {
    const app = await siteWith([sampleModule]);
    try {
      const home = await app.inject({ method: 'GET', url: `/gk/${township.divisionCode}/` });
      expect(home.body).toContain(`href="/gk/${township.divisionCode}/notes"`);
      const page = await app.inject({
        method: 'GET',
        url: `/gk/${township.divisionCode}/notes?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(page.body).toContain('aria-current="page"');
      const post = () =>
        app.inject({
          method: 'POST',
          url: `/gk/${township.divisionCode}/notes`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'a=1&b=%E4%B8%AD&b=2',
        });
      const first = await post();
      expect(first.statusCode).toBe(200);
      expect(first.body).toContain('{&quot;a&quot;:&quot;1&quot;,&quot;b&quot;:[&quot;中&quot;,&quot;2&quot;]}');
      // What the visitor sent (an ID number, a tracking secret) is kept in no cache.
      expect(first.headers['cache-control']).toBe('no-store');
      expect(page.headers['cache-control']).toBe('private, max-age=0, must-revalidate');
      for (let i = 0; i < 4; i++) await post();
      const limited = await post();
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toContain('text/html');
      expect(limited.body).toContain('操作过于频繁');
    } finally {
      await app.close();
    }
  });
});
