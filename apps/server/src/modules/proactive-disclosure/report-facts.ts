import type { DisclosureActivityFacts } from '@yifa/domain/disclosure-report';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';

/**
 * What the annual report (条例第五十条 (一) 主动公开) takes from this module for one township and
 * year: counted in SQL (an index on township_id + published_on), so 20,000 publications cost one
 * round trip per figure group. A publication counts in the year it was published; a board update in
 * the year of its date; a village / party affairs disclosure in the year of its period.
 */
export async function loadDisclosureActivityFacts(db: DbOrTx, townshipId: string, year: number): Promise<DisclosureActivityFacts> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [pubs, cats, chans, others] = await Promise.all([
    db.execute<{ total: number; late: number }>(sql`
      select count(*)::int as total, count(*) filter (where is_late)::int as late from pd_publications
      where township_id = ${townshipId} and deleted_at is null and published_on between ${from} and ${to}`),
    db.execute<{ category: string; n: number }>(sql`
      select c.category, count(*)::int as n from pd_publications p join pd_catalog_items c on c.id = p.catalog_item_id
      where p.township_id = ${townshipId} and p.deleted_at is null and p.published_on between ${from} and ${to} group by c.category`),
    db.execute<{ channel: string; n: number }>(sql`
      select ch as channel, count(*)::int as n from pd_publications p, unnest(p.channels) as ch
      where p.township_id = ${townshipId} and p.deleted_at is null and p.published_on between ${from} and ${to} group by ch`),
    db.execute<{ board: number; village: number; party: number }>(sql`
      select (select count(*)::int from pd_bulletin_board_updates where township_id = ${townshipId} and deleted_at is null and updated_on between ${from} and ${to}) as board,
             (select count(*)::int from pd_village_disclosures where township_id = ${townshipId} and deleted_at is null and year = ${year} and kind = 'villageAffairs') as village,
             (select count(*)::int from pd_village_disclosures where township_id = ${townshipId} and deleted_at is null and year = ${year} and kind = 'partyAffairs') as party`),
  ]);
  const p = pubs.rows[0];
  const o = others.rows[0];
  return {
    publications: p?.total ?? 0,
    latePublications: p?.late ?? 0,
    byCategory: Object.fromEntries(cats.rows.map((r) => [r.category, r.n])),
    byChannel: Object.fromEntries(chans.rows.map((r) => [r.channel, r.n])),
    boardUpdates: o?.board ?? 0,
    villageAffairsDisclosures: o?.village ?? 0,
    partyAffairsDisclosures: o?.party ?? 0,
  };
}
