import type { FastifyPluginAsync } from 'fastify';
import { html, pick, publicContext, sendPage, type PublicLink, type SafeHtml } from '../../platform/public-site/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { preamble, reportTitle } from './report-document.ts';
import { TABLE3_NOTE } from '@yifa/domain';
import { SECTIONS, table2Layouts, table3Layout, table4Layout, type SpanTableLayout } from './report-layout.ts';
import { findPublishedReport, publishedYears } from './repository.ts';

const T = {
  list: { zh: '政府信息公开工作年度报告', en: 'Annual reports on government information disclosure' },
  listDescription: { zh: '历年政府信息公开工作年度报告（条例第四十九、五十条）', en: 'The yearly reports (Arts. 49–50)' },
  none: { zh: '尚未发布年度报告。', en: 'No report has been published yet.' },
  published: { zh: '发布日期', en: 'Published on' },
  yearReport: { zh: '年度报告', en: 'annual report' },
} as const;

export const reportPublicLinks: PublicLink[] = [{ path: 'reports', title: T.list, description: T.listDescription, order: 50 }];

/** An HTML table from the same layout as the Word and Excel tables: header cells are th, figures td. */
function spanTable(t: SpanTableLayout, caption: string): SafeHtml {
  const rows = t.rows.map((row, i) => {
    const header = i < t.headerRowCount;
    return html`<tr>
      ${row.map((c) => {
        const attrs = html`${c.colSpan && c.colSpan > 1 ? html` colspan="${c.colSpan}"` : ''}${c.rowSpan && c.rowSpan > 1 ? html` rowspan="${c.rowSpan}"` : ''}`;
        const text = c.text === null ? '' : String(c.text);
        // The note in table 3's corner heads no data cells: a td, so screen readers don't announce it as a header.
        if (header) return text === TABLE3_NOTE ? html`<td${attrs}>${text}</td>` : html`<th scope="col" ${attrs}>${text}</th>`;
        return typeof c.text === 'number' ? html`<td class="num" ${attrs}>${text}</td>` : html`<th scope="row" ${attrs}>${text}</th>`;
      })}
    </tr>`;
  });
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
    const t2 = table2Layouts(r.table2);
    const body = html` <p class="meta">${pick(lang, T.published)}：${r.publishedOn}</p>
      <p>${preamble(r.year)}</p>
      <h2>${SECTIONS.overview}</h2>
      ${paragraphs(r.narrative.overview)}
      <h2>${SECTIONS.table2}</h2>
      ${t2.map((t) => spanTable({ ...t, rows: t.rows.slice(1), headerRowCount: t.headerRowCount - 1 }, String(t.rows[0]?.[0]?.text ?? '')))}
      <h2>${SECTIONS.table3}</h2>
      ${spanTable(table3Layout(r.table3), SECTIONS.table3)}
      <h2>${SECTIONS.table4}</h2>
      ${spanTable(table4Layout(r.table4), SECTIONS.table4)}
      <h2>${SECTIONS.problems}</h2>
      ${paragraphs(r.narrative.problems)}
      <h2>${SECTIONS.other}</h2>
      ${paragraphs(r.narrative.other)}`;
    return sendPage(reply, request, {
      title: reportTitle(r).replace('\n', ''),
      body,
      crumbs: [{ href: `/gk/${township.code}/reports`, label: pick(lang, T.list) }],
    });
  });
};
