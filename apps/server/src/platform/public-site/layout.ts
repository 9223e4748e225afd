import { html, type SafeHtml } from './html.ts';
import { pick, SHELL_TEXT as T, type PublicLang } from './text.ts';
import { SITE_CSS_URL } from './assets.ts';

/** What every public page knows about its visitor and its township (context.ts fills it). */
export interface PublicPageContext {
  lang: PublicLang;
  /** 关怀模式: larger text, higher contrast, one column (as on other government portals). */
  care: boolean;
  /** The path and query of this page, to come back to after a switch. */
  url: string;
  township: { id: string; name: string; code: string; isDemo: boolean } | null;
  links: { path: string; title: string }[];
}

export interface PublicPage {
  title: string;
  body: SafeHtml;
  /** Trail between 首页 and this page. */
  crumbs?: { href: string; label: string }[];
}

function switchHref(kind: 'care' | 'lang', value: string, back: string): string {
  return `/gk/${kind}?to=${encodeURIComponent(value)}&back=${encodeURIComponent(back)}`;
}

/**
 * The one layout of the public pages: plain HTML and one small stylesheet, no script, so that it
 * loads on a phone over a slow line and works with a screen reader (landmarks, skip link, lang).
 */
export function renderPublicPage(ctx: PublicPageContext, page: PublicPage): string {
  const { lang, township } = ctx;
  const home = township ? `/gk/${township.code}/` : '/gk/';
  const siteName = township ? township.name : pick(lang, T.townships);
  const doc = html`<!doctype html>
    <html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title} - ${siteName}${township ? ` ${pick(lang, T.siteSuffix)}` : ''}</title>
        <link rel="stylesheet" href="${SITE_CSS_URL}" />
      </head>
      <body class="${ctx.care ? 'care' : ''}">
        <a class="skip" href="#main">${pick(lang, T.skip)}</a>
        ${township?.isDemo ? html`<p class="demo" role="note">${pick(lang, T.demo)}</p>` : ''}
        <header class="site-header">
          <div class="wrap bar">
            <p class="site-name"><a href="${home}">${siteName}</a>${township ? html` <span>${pick(lang, T.siteSuffix)}</span>` : ''}</p>
            <nav class="tools" aria-label="${pick(lang, T.tools)}">
              <a href="${switchHref('care', ctx.care ? '0' : '1', ctx.url)}">${pick(lang, ctx.care ? T.careOff : T.careOn)}</a>
              <a href="${switchHref('lang', lang === 'en' ? 'zh' : 'en', ctx.url)}" lang="${lang === 'en' ? 'zh-CN' : 'en'}"
                >${pick(lang, T.otherLang)}</a
              >
            </nav>
          </div>
          ${
            ctx.links.length > 0
              ? html`<nav class="site-nav" aria-label="${pick(lang, T.sections)}">
                  <ul class="wrap">
                    <li><a href="${home}">${pick(lang, T.home)}</a></li>
                    ${ctx.links.map((l) => html`<li><a href="${l.path}" ${ctx.url.split('?')[0] === l.path ? html` aria-current="page"` : ''}>${l.title}</a></li>`)}
                  </ul>
                </nav>`
              : ''
          }
        </header>
        <main id="main" tabindex="-1">
          <div class="wrap">
            ${
              page.crumbs
                ? html`<nav class="crumbs" aria-label="${pick(lang, T.breadcrumb)}">
                    <ol>
                      <li><a href="${home}">${pick(lang, T.home)}</a></li>
                      ${page.crumbs.map((c) => html`<li><a href="${c.href}">${c.label}</a></li>`)}
                      <li aria-current="page">${page.title}</li>
                    </ol>
                  </nav>`
                : ''
            }
            <h1>${page.title}</h1>
            ${page.body}
          </div>
        </main>
        <footer class="site-footer"><div class="wrap">${siteName} · ${pick(lang, T.footer)}</div></footer>
      </body>
    </html>`;
  return doc.value;
}
