import type { FastifyReply, FastifyRequest } from 'fastify';
import { townshipByDivisionCode } from '../../modules/organisation/index.ts';
import type { DbOrTx } from '../db/client.ts';
import { renderPublicPage, type PublicPage, type PublicPageContext } from './layout.ts';
import { pick, type PublicLang, type PublicText } from './text.ts';

export const CARE_COOKIE = 'yifa_care';
export const LANG_COOKIE = 'yifa_public_lang';

/** A link of the public site's menu, contributed by a module (YifaModule.publicLinks). */
export interface PublicLink {
  /** Under the township's site, without a leading slash: 'requests/apply'. */
  path: string;
  title: PublicText;
  description: PublicText;
  order: number;
}

export type PublicTownship = NonNullable<PublicPageContext['township']>;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on every /gk page: the visitor's language and 关怀模式, and the township of the page. */
    publicSite: PublicPageContext | null;
  }
}

/** A township by its division code, as the public knows it; a deleted or unknown one is none. */
export async function findPublicTownship(db: DbOrTx, code: string): Promise<PublicTownship | null> {
  if (!/^\d{9,12}$/.test(code)) return null;
  const row = await townshipByDivisionCode(db, code);
  return row && row.divisionCode ? { id: row.id, name: row.name, code: row.divisionCode, isDemo: row.isDemo } : null;
}

export function visitorOf(request: FastifyRequest): { lang: PublicLang; care: boolean } {
  return { lang: request.cookies[LANG_COOKIE] === 'en' ? 'en' : 'zh', care: request.cookies[CARE_COOKIE] === '1' };
}

export function buildContext(request: FastifyRequest, township: PublicTownship | null, links: PublicLink[]): PublicPageContext {
  const { lang, care } = visitorOf(request);
  return {
    lang,
    care,
    url: request.url,
    township,
    links: township
      ? [...links].sort((a, b) => a.order - b.order).map((l) => ({ path: `/gk/${township.code}/${l.path}`, title: pick(lang, l.title) }))
      : [],
  };
}

/** The page's context; only inside /gk/:townshipCode routes, where it is always set. */
export function publicContext(request: FastifyRequest): PublicPageContext & { township: PublicTownship } {
  const ctx = request.publicSite;
  if (!ctx?.township) throw new Error('publicContext() outside a township page');
  return ctx as PublicPageContext & { township: PublicTownship };
}

/**
 * Send a public page; short caching so a slow line gets it from its proxy, and fresh enough. The
 * answer to a form (what the visitor typed, an ID number, a tracking secret) is stored nowhere:
 * neither the browser's history nor a shared computer's cache keeps it.
 */
export function sendPage(reply: FastifyReply, request: FastifyRequest, page: PublicPage, status = 200): FastifyReply {
  const ctx = request.publicSite ?? buildContext(request, null, []);
  const cacheControl = request.method === 'GET' || request.method === 'HEAD' ? 'private, max-age=0, must-revalidate' : 'no-store';
  return reply.code(status).header('cache-control', cacheControl).type('text/html; charset=utf-8').send(renderPublicPage(ctx, page));
}
