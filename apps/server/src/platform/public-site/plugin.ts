import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { liveTownships } from '../../modules/organisation/index.ts';
import { problemFor } from '../http/problem.ts';
import type { YifaModule } from '../modules.ts';
import { SITE_CSS, SITE_CSS_URL } from './assets.ts';
import { buildContext, CARE_COOKIE, findPublicTownship, LANG_COOKIE, sendPage, type PublicLink } from './context.ts';
import { html } from './html.ts';
import { safeBack } from './safe-back.ts';
import { pick, SHELL_TEXT as T } from './text.ts';

const FORM_LIMIT = 64 * 1024;
const YEAR_S = 365 * 24 * 3600;

/** application/x-www-form-urlencoded, as plain HTML forms send it (a repeated name gives an array). */
function parseForm(body: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

function htmlError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const p = problemFor(error, request);
  const lang = request.publicSite?.lang ?? 'zh';
  const items = (p.invalidParams ?? []).map((i) => html`<li>${i.reason}</li>`);
  return sendPage(
    reply,
    request,
    {
      title: pick(lang, T.error),
      body: html`<div class="errors" role="alert">
          <p>${p.userMessage}</p>
          ${
            items.length
              ? html`<ul>
                  ${items}
                </ul>`
              : ''
          }
        </div>
        <p>
          <a href="${request.publicSite?.township ? `/gk/${request.publicSite.township.code}/` : '/gk/'}">${pick(lang, T.backHome)}</a>
        </p>`,
    },
    p.status,
  );
}

/**
 * The public site (政务公开), outside the signed-in app: /gk/ lists the townships, /gk/<division
 * code>/ is a township's site, and each module mounts its public pages under it (YifaModule
 * .publicRoutes, menu from .publicLinks). Server-rendered HTML, no script (docs/public-site.md).
 */
export async function registerPublicSite(app: FastifyInstance, modules: YifaModule[]): Promise<void> {
  const links: PublicLink[] = modules.flatMap((m) => m.publicLinks ?? []);
  await app.register(
    async (site) => {
      site.decorateRequest('publicSite', null);
      site.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_req, body, done) => {
        done(null, parseForm(body as string));
      });
      site.setErrorHandler(htmlError);
      site.setNotFoundHandler((request, reply) => {
        const lang = request.publicSite?.lang ?? buildContext(request, null, []).lang;
        return sendPage(
          reply,
          request,
          {
            title: pick(lang, T.notFound),
            body: html`<p>${pick(lang, T.notFoundBody)}</p>
              <p><a href="/gk/">${pick(lang, T.backHome)}</a></p>`,
          },
          404,
        );
      });

      site.get(SITE_CSS_URL.slice('/gk'.length), async (_request, reply) =>
        reply.header('cache-control', `public, max-age=${YEAR_S}, immutable`).type('text/css; charset=utf-8').send(SITE_CSS),
      );

      // The two switches are links (work without script) that set a cookie and come back.
      site.get('/care', async (request, reply) => {
        const q = request.query as { to?: string; back?: string };
        return reply
          .setCookie(CARE_COOKIE, q.to === '1' ? '1' : '0', { path: '/gk', maxAge: YEAR_S, sameSite: 'lax', httpOnly: true })
          .redirect(safeBack(q.back), 303);
      });
      site.get('/lang', async (request, reply) => {
        const q = request.query as { to?: string; back?: string };
        return reply
          .setCookie(LANG_COOKIE, q.to === 'en' ? 'en' : 'zh', { path: '/gk', maxAge: YEAR_S, sameSite: 'lax', httpOnly: true })
          .redirect(safeBack(q.back), 303);
      });

      site.get('/', async (request, reply) => {
        request.publicSite = buildContext(request, null, []);
        const { lang } = request.publicSite;
        const townships = (await liveTownships(request.server.ctx.db)).map((t) => ({
          name: t.name,
          code: t.divisionCode,
          isDemo: t.isDemo,
        }));
        const list = townships
          .filter((t) => t.code)
          .map(
            (t) =>
              html`<li>
                <a href="/gk/${t.code ?? ''}/">${t.name}</a
                >${t.isDemo ? html` <span class="meta">（${lang === 'en' ? 'demo' : '演示'}）</span>` : ''}
              </li>`,
          );
        return sendPage(reply, request, {
          title: pick(lang, T.townships),
          body: list.length
            ? html`<ul class="cards">
                ${list}
              </ul>`
            : html`<p>${pick(lang, T.noTownships)}</p>`,
        });
      });

      await site.register(
        async (township) => {
          township.addHook('preHandler', async (request, reply) => {
            const code = (request.params as { townshipCode?: string }).townshipCode ?? '';
            const found = await findPublicTownship(request.server.ctx.db, code);
            request.publicSite = buildContext(request, found, links);
            if (!found) {
              const { lang } = request.publicSite;
              return sendPage(
                reply,
                request,
                {
                  title: pick(lang, T.notFound),
                  body: html`<p>${pick(lang, T.notFoundBody)}</p>
                    <p><a href="/gk/">${pick(lang, T.backHome)}</a></p>`,
                },
                404,
              );
            }
            return undefined;
          });

          township.get('/', async (request, reply) => {
            const ctx = request.publicSite!;
            const cards = [...links]
              .sort((a, b) => a.order - b.order)
              .map(
                (l) =>
                  html`<li>
                    <a href="/gk/${ctx.township!.code}/${l.path}">${pick(ctx.lang, l.title)}</a>
                    <p class="meta">${pick(ctx.lang, l.description)}</p>
                  </li>`,
              );
            return sendPage(reply, request, {
              title: pick(ctx.lang, T.siteSuffix),
              body: html`<p>${pick(ctx.lang, T.indexIntro)}</p>
                <ul class="cards">
                  ${cards}
                </ul>`,
            });
          });

          for (const mod of modules) if (mod.publicRoutes) await township.register(mod.publicRoutes);
        },
        { prefix: '/:townshipCode' },
      );
    },
    { prefix: '/gk' },
  );
}
