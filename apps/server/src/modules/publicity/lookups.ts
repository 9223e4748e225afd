import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.ts';
import { dictionaryLabels, type DictionaryLabel } from '../../platform/dictionaries/index.ts';
import { townshipOrgs, type OrgInfo } from './repository.ts';
import { publicityCampaigns, publicityDutyItems } from './tables.ts';

/** Names and labels a presenter needs for a township's records, loaded once per request. */
export interface Lookups {
  orgs: Map<string, OrgInfo>;
  orgList: OrgInfo[];
  venueType: Map<string, DictionaryLabel>;
  channel: Map<string, DictionaryLabel>;
  audienceType: Map<string, DictionaryLabel>;
  campaignTheme: Map<string, DictionaryLabel>;
  campaigns: Map<string, string>;
  dutyItems: Map<string, string>;
}

export async function loadLookups(
  db: DbOrTx,
  townshipId: string,
  refs: { campaignIds?: string[]; dutyItemIds?: string[] } = {},
): Promise<Lookups> {
  const campaignIds = [...new Set(refs.campaignIds ?? [])];
  const dutyItemIds = [...new Set(refs.dutyItemIds ?? [])];
  const [orgList, venueType, channel, audienceType, campaignTheme, campaigns, dutyItems] = await Promise.all([
    townshipOrgs(db, townshipId),
    dictionaryLabels(db, townshipId, 'venueType'),
    dictionaryLabels(db, townshipId, 'channel'),
    dictionaryLabels(db, townshipId, 'audienceType'),
    dictionaryLabels(db, townshipId, 'campaignTheme'),
    campaignIds.length
      ? db
          .select({ id: publicityCampaigns.id, name: publicityCampaigns.name })
          .from(publicityCampaigns)
          .where(and(eq(publicityCampaigns.townshipId, townshipId), inArray(publicityCampaigns.id, campaignIds)))
      : [],
    dutyItemIds.length
      ? db
          .select({ id: publicityDutyItems.id, laws: publicityDutyItems.laws })
          .from(publicityDutyItems)
          .where(
            and(
              eq(publicityDutyItems.townshipId, townshipId),
              inArray(publicityDutyItems.id, dutyItemIds),
              isNull(publicityDutyItems.deletedAt),
            ),
          )
      : [],
  ]);
  return {
    orgs: new Map(orgList.map((o) => [o.id, o])),
    orgList,
    venueType,
    channel,
    audienceType,
    campaignTheme,
    campaigns: new Map(campaigns.map((c) => [c.id, c.name])),
    dutyItems: new Map(dutyItems.map((d) => [d.id, d.laws])),
  };
}

export const labelOf = (m: Map<string, DictionaryLabel>, code: string): string => m.get(code)?.labelZh ?? code;
