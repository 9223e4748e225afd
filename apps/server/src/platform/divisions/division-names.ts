import type { VillageKind } from './types.ts';

/**
 * Display names and the village / community split for the statistical division names.
 *
 * The 2023 tables name a village-level unit by its committee: 村民委员会 (村民委员会组织法 Art. 2)
 * or 居民委员会 (城市居民委员会组织法 Art. 2), often shortened (村委会, 居委会) and sometimes
 * misspelt (委会会, 村民委委会). The tables in the source package carry no urban-rural
 * classification code (城乡分类代码 111…220), so the kind is read from the name alone:
 *
 * 1. A committee suffix decides: 村/村民…委员会 → village ("岭湖村村民委员会" → "岭湖村");
 *    居/居民…委员会 → community ("九亩土社区居委会" → "九亩土社区", "城关居民委员会" → "城关居委会");
 *    家委会 (家属委员会) → community; 牧委会, 渔委会 → village (the name is kept as published).
 * 2. A bare 委员会/委会 is dropped when what remains ends in 社区 (community) or 村 / 嘎查 (village).
 * 3. Otherwise the name is kept and: ends in 社区 → community; ends in 村 / 嘎查 → village;
 *    contains 社区 / 居委 / 居民 or ends in 街委员会 / 街道委员会 → community; contains 村 / 嘎查 → village;
 *    else the township decides: under a 街道 → community, under a 镇 / 乡 / other → village.
 * Trailing notes in brackets are kept: "庙港村委会（新）" → "庙港村（新）".
 */
export interface CleanVillageName {
  name: string;
  kind: VillageKind;
}

/** Main part and trailing bracketed notes: "卢湾村委会（长阳社区）" → ["卢湾村委会", "（长阳社区）"]. */
const TRAILING_NOTES = /^(.+?)((?:[（(][^（）()]*[）)])+)$/u;
/** Committee named by its kind, tolerant of the typos found in the tables. */
const QUALIFIED_COMMITTEE = /^(.+?)(村|居|家|牧|渔)民?[民员]*(?:委员会|委会|委员|委)(?:委员会|委会|委|会|员)*$/u;
const BARE_COMMITTEE = /^(.+?)(?:委员会|委会)(?:委员会|委会|会)*$/u;
/** A few entries are cut short: "工农社区居". */
const TRUNCATED_COMMUNITY = /^(.+社区)居民?$/u;

const VILLAGE_END = /(村|嘎查)$/u;

export function cleanVillageName(official: string, townshipOfficialName: string): CleanVillageName {
  const notesMatch = TRAILING_NOTES.exec(official);
  const main = notesMatch?.[1] ?? official;
  const notes = notesMatch?.[2] ?? '';
  const withNotes = (name: string, kind: VillageKind): CleanVillageName => ({ name: name + notes, kind });

  const qualified = QUALIFIED_COMMITTEE.exec(main);
  if (qualified) {
    let base = qualified[1] ?? '';
    // "西张口村委会村民委员会": the committee written twice.
    for (let again = QUALIFIED_COMMITTEE.exec(base); again && again[2] === qualified[2]; again = QUALIFIED_COMMITTEE.exec(base)) {
      base = again[1] ?? base;
    }
    switch (qualified[2]) {
      case '村':
        return withNotes(base.endsWith('村') || base.endsWith('社区') ? base : `${base}村`, 'village');
      case '居':
        return withNotes(base.endsWith('社区') ? base : `${base}居委会`, 'community');
      case '家':
        return withNotes(main, 'community');
      default: // 牧委会, 渔委会: herders' and fishers' village committees
        return withNotes(main, 'village');
    }
  }

  const bare = BARE_COMMITTEE.exec(main);
  if (bare) {
    const base = bare[1] ?? '';
    if (base.endsWith('社区')) return withNotes(base, 'community');
    if (VILLAGE_END.test(base)) return withNotes(base, 'village');
  }

  const truncated = TRUNCATED_COMMUNITY.exec(main);
  if (truncated) return withNotes(truncated[1] ?? main, 'community');

  return withNotes(main, kindFromText(main, official, townshipOfficialName));
}

function kindFromText(main: string, official: string, townshipOfficialName: string): VillageKind {
  if (main.endsWith('社区')) return 'community';
  if (VILLAGE_END.test(main)) return 'village';
  // "南关街街道委员会", "第一街委员会": street residents' committees in county towns.
  if (/社区|居委|居民|街(道)?委员会$/u.test(official)) return 'community';
  if (/村|嘎查/u.test(official)) return 'village';
  return /街道(办事处)?$/u.test(townshipOfficialName) ? 'community' : 'village';
}

/** "漓东街道办事处" → "漓东街道": the 办事处 is the office, the 街道 is the division. */
export function cleanTownshipName(official: string): string {
  return official.replace(/街道办事处$/u, '街道');
}
