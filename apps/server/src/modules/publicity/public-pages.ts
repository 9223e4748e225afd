import { plannedPeriodZh } from '@yifa/domain/publicity';
import type { FastifyPluginAsync } from 'fastify';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { currentYearInChina } from '../../platform/calendar/today.ts';
import { dictionaryLabels } from '../../platform/dictionaries/index.ts';
import { html, pick, publicContext, sendPage, type PublicLang, type PublicLink } from '../../platform/public-site/index.ts';
import { townshipOrgs } from './repository.ts';
import { publicityDutyItems } from './tables.ts';

const T = {
  title: { zh: '普法责任清单', en: 'Publicity duty lists' },
  description: {
    zh: '各单位“谁执法谁普法”普法责任清单：宣传的法律法规、对象、措施和时间',
    en: 'What each office publicises, to whom, how and when',
  },
  intro: {
    zh: '根据《关于实行国家机关“谁执法谁普法”普法责任制的意见》和《中华人民共和国法治宣传教育法》，各单位向社会公开本年度普法责任清单。',
    en: 'Under the "whoever enforces the law publicises it" system, every office publishes its publicity duty list for the year.',
  },
  year: { zh: '年度', en: 'Year' },
  show: { zh: '查看', en: 'Show' },
  laws: { zh: '宣传的法律法规', en: 'Laws publicised' },
  audience: { zh: '宣传对象', en: 'Audience' },
  measures: { zh: '宣传措施', en: 'Measures' },
  period: { zh: '计划时间', en: 'Planned' },
  responsible: { zh: '责任人（科室）', en: 'Responsible' },
  none: { zh: '该年度尚未公布普法责任清单。', en: 'No duty list has been published for this year.' },
  count: { zh: '共 {n} 个单位、{m} 项', en: '{n} offices, {m} items' },
};
const fill = (s: string, v: Record<string, number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));

export const PUBLICITY_PUBLIC_LINKS: PublicLink[] = [
  { path: 'publicity/duty-list', title: T.title, description: T.description, order: 60 },
];

/** Plain form GET: an unselected year arrives empty. */
const ZQuery = z
  .object({
    year: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce.number({ error: '年度不正确' }).int('年度不正确').min(2000, '年度不正确').max(2100, '年度不正确').optional(),
    ),
  })
  .strict();

function periodEn(months: number[]): string {
  if (months.length === 0 || months.length === 12) return 'All year';
  return months.map((m) => new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' })).join(', ');
}

/**
 * The public duty lists (普法责任清单 must be published, 2017 意见; 法治宣传教育法 2025): a year's lines
 * of every office of the township, grouped by office. Only what the list says: no activity records,
 * nothing personal (the responsible is an office or post as the office typed it).
 */
export const publicityPublicRoutes: FastifyPluginAsync = async (site) => {
  const db = () => site.ctx.db;
  site.get('/publicity/duty-list', { schema: { querystring: ZQuery } }, async (request, reply) => {
    const { township, lang } = publicContext(request);
    const q = request.query as z.infer<typeof ZQuery>;
    const year = q.year ?? currentYearInChina();
    const [items, orgs, audience, years] = await Promise.all([
      db()
        .select()
        .from(publicityDutyItems)
        .where(and(eq(publicityDutyItems.townshipId, township.id), eq(publicityDutyItems.year, year), isNull(publicityDutyItems.deletedAt)))
        .orderBy(asc(publicityDutyItems.createdAt)),
      townshipOrgs(db(), township.id),
      dictionaryLabels(db(), township.id, 'audienceType'),
      db()
        .selectDistinct({ year: publicityDutyItems.year })
        .from(publicityDutyItems)
        .where(and(eq(publicityDutyItems.townshipId, township.id), isNull(publicityDutyItems.deletedAt)))
        .orderBy(sql`1 desc`),
    ]);
    const label = (lang2: PublicLang, code: string) => {
      const l = audience.get(code);
      return l ? (lang2 === 'en' ? l.labelEn : l.labelZh) : code;
    };
    const groups = orgs.map((o) => ({ org: o, items: items.filter((i) => i.orgId === o.id) })).filter((g) => g.items.length > 0);
    const yearOptions = [...new Set([year, currentYearInChina(), ...years.map((y) => y.year)])].sort((a, b) => b - a);
    const base = `/gk/${township.code}/publicity/duty-list`;
    const body = html` <p>${pick(lang, T.intro)}</p>
      <form class="filters" method="get" action="${base}" aria-label="${pick(lang, T.year)}">
        <div>
          <label for="f-year">${pick(lang, T.year)}</label
          ><select id="f-year" name="year">
            ${yearOptions.map((y) => html`<option value="${y}" ${y === year ? html` selected` : ''}>${y}</option>`)}
          </select>
        </div>
        <div><button type="submit">${pick(lang, T.show)}</button></div>
      </form>
      <p role="status">${fill(pick(lang, T.count), { n: groups.length, m: items.length })}</p>
      ${
        groups.length === 0
          ? html`<p>${pick(lang, T.none)}</p>`
          : groups.map(
              (g, gi) =>
                html`<section aria-labelledby="org-${gi}">
                  <h2 id="org-${gi}">${g.org.name}</h2>
                  <div class="table-scroll">
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">${pick(lang, T.laws)}</th>
                          <th scope="col">${pick(lang, T.audience)}</th>
                          <th scope="col">${pick(lang, T.measures)}</th>
                          <th scope="col">${pick(lang, T.period)}</th>
                          <th scope="col">${pick(lang, T.responsible)}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${g.items.map(
                          (i) =>
                            html`<tr>
                              <td>${i.laws}</td>
                              <td>${i.audienceTypes.map((c) => label(lang, c)).join(lang === 'en' ? ', ' : '、')}</td>
                              <td>${i.measures}</td>
                              <td>
                                ${lang === 'en' ? periodEn([...i.plannedMonths].sort((a, b) => a - b)) : plannedPeriodZh(i.plannedMonths)}
                              </td>
                              <td>${i.responsible ?? '—'}</td>
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>
                </section>`,
            )
      }`;
    return sendPage(reply, request, { title: `${year} ${pick(lang, T.title)}`.replace(/^(\d{4}) (?=普)/, '$1年'), body });
  });
};
