import { cleanFileName } from '@yifa/domain';
import {
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_CATEGORY_CODES,
  ZDisclosureCategory,
  type DisclosureCategory,
} from '@yifa/domain/proactive-disclosure';
import type { FastifyPluginAsync } from 'fastify';
import fs from 'node:fs';
import { z } from 'zod';
import { dictionaryLabels } from '../../platform/dictionaries/index.ts';
import { blobPath, openBlob } from '../../platform/files/blob-store.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { sendDownload } from '../../platform/http/send-download.ts';
import { html, pick, publicContext, sendPage, type PublicLang, type PublicLink } from '../../platform/public-site/index.ts';
import { findGuideSettings } from './repository.ts';
import {
  findPublicFileRow,
  findPublishedInformation,
  listPublishedInformation,
  publicCatalog,
  publicFilesOf,
} from './public-repository.ts';
import { fill, T } from './public-text.ts';

export const PUBLIC_LINKS: PublicLink[] = [
  { path: 'info', title: T.infoTitle, description: T.infoDescription, order: 10 },
  { path: 'guide', title: T.guideTitle, description: T.guideDescription, order: 20 },
];

const PAGE_SIZE = 20;
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);
/** Plain form GET: an unselected field arrives empty. */
const ZInfoQuery = z
  .object({
    q: z.string().trim().max(100, '关键词不能超过100个字').optional(),
    category: z.preprocess(blankToUndefined, ZDisclosureCategory.optional()),
    item: z.preprocess(blankToUndefined, z.uuid('目录事项不正确').optional()),
    year: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: '年度不正确' }).int('年度不正确').min(2000, '年度不正确').max(2100, '年度不正确').optional(),
    ),
    /** The page's number, for its label only: a page is found by its cursor, never by skipping rows. */
    page: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: '页码不正确' }).int('页码不正确').min(1, '页码不正确').max(1_000_000, '页码不正确').default(1),
    ),
    after: z.preprocess(blankToUndefined, z.string().max(1000).optional()),
    before: z.preprocess(blankToUndefined, z.string().max(1000).optional()),
  })
  .strict()
  .refine((q) => !(q.after && q.before), { message: '翻页位置无效，请回到第一页', path: ['after'] });
const ZInfoParams = z.object({ townshipCode: z.string(), id: z.uuid('信息编号不正确') }).strict();
const ZFileParams = ZInfoParams.extend({ fileId: z.uuid('文件编号不正确') }).strict();

const categoryLabel = (lang: PublicLang, c: string) =>
  c in DISCLOSURE_CATEGORIES ? pick(lang, DISCLOSURE_CATEGORIES[c as DisclosureCategory]) : c;
const sizeLabel = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** The public pages: published information (条例第二十三条、第二十四条) and the guide (第十二条). */
export const proactiveDisclosurePublicRoutes: FastifyPluginAsync = async (site) => {
  const db = () => site.ctx.db;

  site.get('/info', { schema: { querystring: ZInfoQuery } }, async (request, reply) => {
    const { township, lang } = publicContext(request);
    const q = request.query as z.infer<typeof ZInfoQuery>;
    const [catalog, { rows, total, nextCursor, previousCursor }] = await Promise.all([
      publicCatalog(db(), township.id),
      listPublishedInformation(db(), township.id, {
        q: q.q || undefined,
        category: q.category,
        itemId: q.item,
        year: q.year,
        after: q.after,
        before: q.before,
        pageSize: PAGE_SIZE,
      }),
    ]);
    const files = await publicFilesOf(db(), township.id, rows);
    const itemTitle = new Map(catalog.map((c) => [c.id, lang === 'en' && c.titleEn ? c.titleEn : c.titleZh]));
    const base = `/gk/${township.code}/info`;
    const thisYear = new Date().getUTCFullYear();
    const keep = (page: number, cursor: { after?: string; before?: string }) => {
      const p = new URLSearchParams();
      if (q.q) p.set('q', q.q);
      if (q.category) p.set('category', q.category);
      if (q.item) p.set('item', q.item);
      if (q.year) p.set('year', String(q.year));
      if (cursor.after) p.set('after', cursor.after);
      if (cursor.before) p.set('before', cursor.before);
      p.set('page', String(page));
      return `${base}?${p.toString()}`;
    };
    const list = rows.map((r) => {
      const mine = files.filter((f) => f.entityId === r.id);
      return html`<li class="pub">
        <h3><a href="${base}/${r.id}">${r.title}</a></h3>
        <p class="meta">
          ${pick(lang, T.publishedOn)}：${r.publishedOn ?? ''} ·
          ${pick(lang, T.item)}：${itemTitle.get(r.catalogItemId) ?? ''}${r.docNumber ? html` · ${pick(lang, T.docNumber)}：${r.docNumber}` : ''}${r.indexNumber ? html` · ${pick(lang, T.indexNumber)}：${r.indexNumber}` : ''}
        </p>
        ${r.summary ? html`<p>${r.summary}</p>` : ''}
        ${mine.length ? html`<p>${mine.map((f) => html`<a href="${base}/${r.id}/files/${f.id}">${pick(lang, T.download)}：${cleanFileName(f.originalName)}</a>（${sizeLabel(f.size)}） `)}</p>` : ''}
      </li>`;
    });
    const body = html` <form class="filters" method="get" action="${base}" role="search" aria-label="${pick(lang, T.filters)}">
        <div>
          <label for="f-q">${pick(lang, T.search)}</label><input type="search" id="f-q" name="q" value="${q.q ?? ''}" maxlength="100" />
        </div>
        <div>
          <label for="f-category">${pick(lang, T.category)}</label
          ><select id="f-category" name="category">
            <option value="">${pick(lang, T.all)}</option>
            ${DISCLOSURE_CATEGORY_CODES.map((c) => html`<option value="${c}" ${q.category === c ? html` selected` : ''}>${categoryLabel(lang, c)}</option>`)}
          </select>
        </div>
        <div>
          <label for="f-item">${pick(lang, T.item)}</label
          ><select id="f-item" name="item">
            <option value="">${pick(lang, T.all)}</option>
            ${catalog.map((c) => html`<option value="${c.id}" ${q.item === c.id ? html` selected` : ''}>${itemTitle.get(c.id) ?? ''}</option>`)}
          </select>
        </div>
        <div>
          <label for="f-year">${pick(lang, T.year)}</label
          ><select id="f-year" name="year">
            <option value="">${pick(lang, T.all)}</option>
            ${Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => html`<option value="${y}" ${q.year === y ? html` selected` : ''}>${y}</option>`)}
          </select>
        </div>
        <div><button type="submit">${pick(lang, T.submit)}</button> <a href="${base}">${pick(lang, T.reset)}</a></div>
      </form>
      <section aria-labelledby="results-title">
        <h2 id="results-title">${pick(lang, T.results)}</h2>
        ${total ? html`<p role="status">${fill(pick(lang, total.isCapped ? T.foundCapped : T.found), { n: total.isCapped ? total.count.toLocaleString('zh-CN') : total.count })}</p>` : ''}
        ${
          rows.length
            ? html`<ol class="pubs">
                ${list}
              </ol>`
            : html`<p>${pick(lang, T.none)}</p>`
        }
      </section>
      ${
        nextCursor || previousCursor
          ? html`<nav class="pager" aria-label="${fill(pick(lang, T.pageNumber), { p: q.page })}">
              ${previousCursor ? html`<a href="${q.page > 2 ? keep(q.page - 1, { before: previousCursor }) : keep(1, {})}" rel="prev">${pick(lang, T.previous)}</a>` : ''}
              <span>${fill(pick(lang, T.pageNumber), { p: q.page })}</span>
              ${nextCursor ? html`<a href="${keep(q.page + 1, { after: nextCursor })}" rel="next">${pick(lang, T.next)}</a>` : ''}
            </nav>`
          : ''
      }`;
    return sendPage(reply, request, { title: pick(lang, T.infoTitle), body });
  });

  site.get('/info/:id', { schema: { params: ZInfoParams } }, async (request, reply) => {
    const { township, lang } = publicContext(request);
    const { id } = request.params as z.infer<typeof ZInfoParams>;
    const pub = await findPublishedInformation(db(), township.id, id);
    if (!pub) throw new AppError('RECORD.NOT_FOUND');
    const [catalog, files, channels] = await Promise.all([
      publicCatalog(db(), township.id),
      publicFilesOf(db(), township.id, [pub]),
      dictionaryLabels(db(), township.id, 'publicationChannel'),
    ]);
    const item = catalog.find((c) => c.id === pub.catalogItemId);
    const base = `/gk/${township.code}/info`;
    const row = (label: string, value: unknown) =>
      html`<tr>
        <th scope="row">${label}</th>
        <td>${value as string}</td>
      </tr>`;
    const body = html`<div class="table-scroll">
        <table>
          ${row(pick(lang, T.title), pub.title)} ${row(pick(lang, T.indexNumber), pub.indexNumber ?? '—')}
          ${row(pick(lang, T.docNumber), pub.docNumber ?? '—')}
          ${row(pick(lang, T.item), item ? (lang === 'en' && item.titleEn ? item.titleEn : item.titleZh) : '—')}
          ${row(pick(lang, T.category), item ? categoryLabel(lang, item.category) : '—')} ${row(pick(lang, T.formedOn), pub.formedOn)}
          ${row(pick(lang, T.publishedOn), pub.publishedOn ?? '')}
          ${row(
            pick(lang, T.channels),
            pub.channels
              .map((c) => {
                const l = channels.get(c);
                return l ? (lang === 'en' ? l.labelEn : l.labelZh) : c;
              })
              .join('、'),
          )}
        </table>
      </div>
      ${
        pub.summary
          ? html`<h2>${pick(lang, T.summary)}</h2>
              <p>${pub.summary}</p>`
          : ''
      }
      ${
        files.length
          ? html`<h2>${pick(lang, T.files)}</h2>
              <ul>
                ${files.map((f) => html`<li><a href="${base}/${pub.id}/files/${f.id}">${cleanFileName(f.originalName)}</a>（${sizeLabel(f.size)}）</li>`)}
              </ul>`
          : ''
      }
      <p><a href="${base}">${pick(lang, T.back)}</a></p>`;
    return sendPage(reply, request, { title: pub.title, body, crumbs: [{ href: base, label: pick(lang, T.infoTitle) }] });
  });

  // The published file, for the public: only a file marked public on a published record and linked
  // to it; never through the staff route /api/files (which needs a session and a data scope).
  site.get('/info/:id/files/:fileId', { schema: { params: ZFileParams } }, async (request, reply) => {
    const { township } = publicContext(request);
    const { id, fileId } = request.params as z.infer<typeof ZFileParams>;
    const pub = await findPublishedInformation(db(), township.id, id);
    if (!pub || !pub.publicFileIds.includes(fileId)) throw new AppError('RECORD.NOT_FOUND');
    const file = await findPublicFileRow(db(), township.id, fileId);
    if (!file || file.entityType !== 'proactivePublication' || file.entityId !== pub.id) throw new AppError('RECORD.NOT_FOUND');
    const dataDir = site.ctx.config.dataDir;
    const stat = await fs.promises.stat(blobPath(dataDir, file.sha256)).catch(() => null);
    if (!stat || stat.size !== file.size) throw new AppError('INTERNAL.ERROR', { detail: `bytes of file ${file.id} missing or damaged` });
    // A published file is public by law (条例第二十三条): cacheable; sandboxed so an HTML upload cannot run.
    reply.header('content-security-policy', "default-src 'none'; sandbox").header('content-length', file.size);
    return sendDownload(reply, {
      body: openBlob(dataDir, file.sha256),
      fileName: file.originalName,
      mediaType: file.contentType,
      cache: 'public',
    });
  });

  site.get('/guide', async (request, reply) => {
    const { township, lang } = publicContext(request);
    const [settings, catalog] = await Promise.all([findGuideSettings(db(), township.id), publicCatalog(db(), township.id)]);
    const none = pick(lang, T.gNone);
    const row = (label: string, value: string | null | undefined) =>
      html`<tr>
        <th scope="row">${label}</th>
        <td>${value || none}</td>
      </tr>`;
    const byCategory = DISCLOSURE_CATEGORY_CODES.map((c) => ({ c, items: catalog.filter((i) => i.category === c) })).filter(
      (g) => g.items.length > 0,
    );
    const body = html` <h2>${pick(lang, T.gOffice)}</h2>
      <div class="table-scroll">
        <table>
          ${row(pick(lang, T.gOfficeName), settings?.officeName)} ${row(pick(lang, T.gAddress), settings?.address)}
          ${row(pick(lang, T.gPostal), settings?.postalCode)} ${row(pick(lang, T.gHours), settings?.officeHours)}
          ${row(pick(lang, T.gPhone), settings?.phone)} ${row(pick(lang, T.gFax), settings?.fax)}
          ${row(pick(lang, T.gEmail), settings?.email)} ${row(pick(lang, T.gOnline), settings?.onlineContact)}
        </table>
      </div>
      <h2>${pick(lang, T.gProactive)}</h2>
      <p>${pick(lang, T.gProactiveIntro)} <a href="/gk/${township.code}/info">${pick(lang, T.infoTitle)}</a></p>
      ${byCategory.map(
        (g) =>
          html`<h3>${categoryLabel(lang, g.c)}</h3>
            <div class="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${pick(lang, T.gItems)}</th>
                    <th scope="col">${pick(lang, T.gLimit)}</th>
                  </tr>
                </thead>
                <tbody>
                  ${g.items.map(
                    (i) =>
                      html`<tr>
                        <td>${lang === 'en' && i.titleEn ? i.titleEn : i.titleZh}<br /><span class="meta">${i.legalBasis}</span></td>
                        <td>${fill(pick(lang, T.gDays), { n: i.timeLimitDays })}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`,
      )}
      <h2>${pick(lang, T.gApply)}</h2>
      <p>${pick(lang, T.gApplyIntro)}</p>
      <p class="notice">
        <a href="/gk/${township.code}/requests/apply"><strong>${pick(lang, T.gApplyLink)}</strong></a>
      </p>
      <h2>${pick(lang, T.gFees)}</h2>
      <p>${pick(lang, T.gFeesDefault)}</p>
      ${settings?.feesNote ? html`<p>${settings.feesNote}</p>` : ''}
      <h2>${pick(lang, T.gRemedies)}</h2>
      <p>${pick(lang, T.gRemediesText)}</p>
      ${
        settings?.extraNote
          ? html`<h2>${pick(lang, T.gOther)}</h2>
              <p>${settings.extraNote}</p>`
          : ''
      }`;
    return sendPage(reply, request, { title: pick(lang, T.guideTitle), body });
  });
};
