/**
 * Administrative divisions from the 2023 statistical division codes (国家统计局《统计用区划和
 * 城乡划分代码》). The first 6 digits follow GB/T 2260; digits 7–12 are the statistical
 * township (3) and village (3) codes. See docs/divisions.md.
 */
export type DivisionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

/** 村 (rural, 村民委员会组织法) or 社区 (urban, 城市居民委员会组织法). Glossary: `village.kind`. */
export type VillageKind = 'village' | 'community';

export interface Division {
  /** 12 digits, zero-padded: 430900000000 is the city 4309. */
  code: string;
  /** Display name, e.g. "岭湖村" for the official "岭湖村村民委员会". */
  name: string;
  level: DivisionLevel;
  /** 12-digit code of the level above; null for a province. */
  parentCode: string | null;
  /** The name as published, only when it differs from `name`. */
  officialName?: string;
  /** Only on level 'village'. */
  kind?: VillageKind;
}

export interface VillageEntry {
  /** 12 digits. */
  code: string;
  name: string;
  kind: VillageKind;
  /** The name as published, only when it differs from `name`. */
  officialName?: string;
}

export interface TownshipWithVillages {
  township: Division;
  /**
   * The level above the township. For the three prefecture-level cities without counties
   * (东莞 4419, 中山 4420, 儋州 4604) this is the city itself (level 'city').
   */
  county: Division;
  city: Division;
  province: Division;
  /** Sorted by code. */
  villages: VillageEntry[];
}

export interface DivisionSource {
  package: string;
  version: string;
  year: number;
}
