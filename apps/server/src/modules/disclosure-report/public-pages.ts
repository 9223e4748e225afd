import {
  figureKey,
  figureValue,
  SECTION_TITLES,
  TABLE2_LAYOUTS,
  TABLE3_LAYOUT,
  TABLE4_LAYOUT,
  type LayoutCell,
  type ReportFigures,
  type TableLayout,
} from '@yifa/domain/disclosure-report';
import type { FastifyPluginAsync } from 'fastify';
import { html, pick, publicContext, sendPage, type PublicLink, type SafeHtml } from '../../platform/public-site/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { preamble, reportFileTitle } from './report-document.ts';
import { findPublishedReport, publishedYears } from './repository.ts';

const T = {
  list: { zh: '政府信息公开工作年度报告', en: 'Annual reports on government information disclosure' },
  listDescription: { zh: '历年政府信息公开工作年度报告（条例第四十九、五十条）', en: 'The yearly reports (Arts. 49–50)' },
  none: { zh: '尚未发布年度报告。', en: 'No report has been published yet.' },
  published: { zh: '发布日期', en: 'Published on' },
  yearReport: { zh: '年度报告', en: 'annual report' },
} as const;

export const reportPublicLinks: PublicLink[] = [{ path: 'reports', title: T.list, description: T.listDescription, order: 50 }];

const SCOPES = { column: 'col', row: 'row', rowgroup: 'rowgroup' } as const;

/**
 * An HTML table from the domain's layout, the one Word, Excel and the web draw too: headings are th
 * with their scope, figures td with their cell reference (data-ref). The note in table 3's corner
 * heads no data cells: a td, so screen readers don't announce it as a header.
 */
export function publicTable(layout: TableLayout, figures: ReportFigures, caption: string): SafeHtml {
  const cell = (c: LayoutCell) => {
    const attrs = html`${c.colSpan && c.colSpan > 1 ? html` colspan="${c.colSpan}"` : ''}${c.rowSpan && c.rowSpan > 1 ? html` rowspan="${c.rowSpan}"` : ''}`;
    if (c.kind === 'figure')
      return html`<td class="num" data-ref="${figureKey(c.ref)}" ${attrs}>${String(figureValue(figures, c.ref))}</td>`;
    if (c.role === 'note') return html`<td${attrs}>${c.text}</td>`;
    return html`<th scope="${SCOPES[c.role]}" ${attrs}>${c.text}</th>`;
  };
  const rows = layout.rows.map(
    (row) =>
      html`<tr>
        ${row.map(cell)}
      </tr>`,
  );
  return html`<div class="table-scroll">
    <table>
      <caption>
        ${caption}
      </caption>
      ${rows}
    </table>
  </div>`;
}

const paragraphs = (text: string) =>
  text
    .split('\n')
    .filter((p) => p.trim())
    .map((p) => html`<p>${p}</p>`);

/** The published reports on the township's public site: the list, and each report in full. */
export const reportPublicRoutes: FastifyPluginAsync = async (site) => {
  site.get('/reports', async (request, reply) => {
    const { township, lang } = publicContext(request);
    const rows = await publishedYears(request.server.ctx.db, township.id);
    const items = rows.map(
      (r) =>
        html`<li>
          <a href="/gk/${township.code}/reports/${r.year}">${r.year}${lang === 'en' ? ' ' : '年'}${pick(lang, T.yearReport)}</a>
          <p class="meta">${pick(lang, T.published)}：${r.publishedOn}</p>
        </li>`,
    );
    return sendPage(reply, request, {
      title: pick(lang, T.list),
      body: items.length
        ? html`<ul class="cards">
            ${items}
          </ul>`
        : html`<p>${pick(lang, T.none)}</p>`,
    });
  });

  site.get('/reports/:year', async (request, reply) => {
    const { township, lang } = publicContext(request);
    const year = Number((request.params as { year: string }).year);
    const row =
      Number.isInteger(year) && year > 2000 && year < 2200 ? await findPublishedReport(request.server.ctx.db, township.id, year) : null;
    if (!row?.snapshot) throw new AppError('RECORD.NOT_FOUND');
    const r = row.snapshot;
    const body = html` <p class="meta">${pick(lang, T.published)}：${r.publishedOn}</p>
      <p>${preamble(r.year)}</p>
      <h2>${SECTION_TITLES.overview}</h2>
      ${paragraphs(r.narrative.overview)}
      <h2>${SECTION_TITLES.table2}</h2>
      ${TABLE2_LAYOUTS.map((t) => publicTable(t, r, t.caption))}
      <h2>${SECTION_TITLES.table3}</h2>
      ${publicTable(TABLE3_LAYOUT, r, SECTION_TITLES.table3)}
      <h2>${SECTION_TITLES.table4}</h2>
      ${publicTable(TABLE4_LAYOUT, r, SECTION_TITLES.table4)}
      <h2>${SECTION_TITLES.problems}</h2>
      ${paragraphs(r.narrative.problems)}
      <h2>${SECTION_TITLES.other}</h2>
      ${paragraphs(r.narrative.other)}`;
    return sendPage(reply, request, {
      title: reportFileTitle(r),
      body,
      crumbs: [{ href: `/gk/${township.code}/reports`, label: pick(lang, T.list) }],
    });
  });
};
