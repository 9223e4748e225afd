import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { cleanTownshipName, cleanVillageName } from './division-names.ts';
import { padDivisionCode } from './division-code.ts';
import type { Division, DivisionLevel, DivisionSource, VillageEntry } from './types.ts';

/**
 * Lazy, cached access to the files written by scripts/extract-divisions.mjs.
 *
 * - index.json.gz (≈ 0.3 MB, the country down to townships) is read on the first call that needs it.
 * - villages/<pp>.json.gz is read the first time a village of that province is needed, and kept.
 * Nothing is read at import time, and one call never reads more than one province's villages.
 * Concurrent callers share one read; a failed read is forgotten so the next call tries again.
 */

const DATA_FORMAT = 1;
const dataDir = fileURLToPath(new URL('../../../data/divisions/', import.meta.url));
const gunzip = promisify(zlib.gunzip);

export interface IndexNode {
  /** 2, 4, 6 or 9 digits. */
  short: string;
  name: string;
  officialName: string;
  level: Exclude<DivisionLevel, 'village'>;
  parent: IndexNode | null;
  children: IndexNode[];
}

export interface DivisionIndex {
  byCode: Map<string, IndexNode>;
  /** All townships, ordered by code. */
  townships: IndexNode[];
}

/** [villageSuffix3, officialName] */
type RawVillage = [string, string];
type ProvinceVillages = Map<string, RawVillage[]>;

type IndexEntry = [string, string, IndexEntry[]?];

const LEVEL_BY_LENGTH: Record<number, IndexNode['level'] | undefined> = { 2: 'province', 4: 'city', 6: 'county', 9: 'township' };

async function readGzipJson(relativePath: string): Promise<unknown> {
  const buf = await fs.promises.readFile(dataDir + relativePath);
  return JSON.parse((await gunzip(buf)).toString('utf8'));
}

function checkFormat(data: unknown, file: string): asserts data is { format: number } {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== DATA_FORMAT) {
    throw new Error(`行政区划数据 ${file} 格式不符（需要 format ${DATA_FORMAT}），请运行 node scripts/extract-divisions.mjs`);
  }
}

function buildIndex(entries: IndexEntry[]): DivisionIndex {
  const byCode = new Map<string, IndexNode>();
  const townships: IndexNode[] = [];
  const walk = (list: IndexEntry[], parent: IndexNode | null, children: IndexNode[]) => {
    for (const [suffix, officialName, sub] of list) {
      const short = (parent?.short ?? '') + suffix;
      const level = LEVEL_BY_LENGTH[short.length];
      if (!level) throw new Error(`行政区划索引中的代码长度不对：${short}`);
      const name = level === 'township' ? cleanTownshipName(officialName) : officialName;
      const node: IndexNode = { short, name, officialName, level, parent, children: [] };
      byCode.set(short, node);
      children.push(node);
      if (level === 'township') townships.push(node);
      if (sub) walk(sub, node, node.children);
    }
  };
  walk(entries, null, []);
  return { byCode, townships };
}

let indexPromise: Promise<DivisionIndex> | null = null;
const provincePromises = new Map<string, Promise<ProvinceVillages>>();

export function loadIndex(): Promise<DivisionIndex> {
  if (!indexPromise) {
    const promise = readGzipJson('index.json.gz').then((data) => {
      checkFormat(data, 'index.json.gz');
      return buildIndex((data as unknown as { provinces: IndexEntry[] }).provinces);
    });
    indexPromise = promise;
    promise.catch(() => {
      if (indexPromise === promise) indexPromise = null;
    });
  }
  return indexPromise;
}

/** Villages of one province, keyed by 9-digit township code. `provinceCode` must exist in the index. */
export function loadProvinceVillages(provinceCode: string): Promise<ProvinceVillages> {
  if (!/^\d{2}$/.test(provinceCode)) return Promise.reject(new Error(`省级代码不对：${provinceCode}`));
  let promise = provincePromises.get(provinceCode);
  if (!promise) {
    const file = `villages/${provinceCode}.json.gz`;
    promise = readGzipJson(file).then((data) => {
      checkFormat(data, file);
      const map: ProvinceVillages = new Map();
      for (const [township, villages] of (data as unknown as { townships: [string, RawVillage[]][] }).townships) {
        map.set(township, villages);
      }
      return map;
    });
    const loading = promise;
    provincePromises.set(provinceCode, loading);
    loading.catch(() => {
      if (provincePromises.get(provinceCode) === loading) provincePromises.delete(provinceCode);
    });
  }
  return promise;
}

/** What has been loaded so far; lets tests check that nothing is read eagerly. */
export function divisionCacheState(): { indexLoaded: boolean; provinces: string[] } {
  return { indexLoaded: indexPromise !== null, provinces: [...provincePromises.keys()].sort() };
}

export function nodeToDivision(node: IndexNode): Division {
  const division: Division = {
    code: padDivisionCode(node.short),
    name: node.name,
    level: node.level,
    parentCode: node.parent ? padDivisionCode(node.parent.short) : null,
  };
  if (node.officialName !== node.name) division.officialName = node.officialName;
  return division;
}

/** The villages / communities of one township, sorted by code, with display names and kinds. */
export async function townshipVillages(township: IndexNode): Promise<VillageEntry[]> {
  const province = await loadProvinceVillages(township.short.slice(0, 2));
  const raw = province.get(township.short) ?? [];
  return raw
    .map(([suffix, officialName]): VillageEntry => {
      const { name, kind } = cleanVillageName(officialName, township.officialName);
      const entry: VillageEntry = { code: township.short + suffix, name, kind };
      if (officialName !== name) entry.officialName = officialName;
      return entry;
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export function villageToDivision(village: VillageEntry, township: IndexNode): Division {
  const division: Division = {
    code: village.code,
    name: village.name,
    level: 'village',
    parentCode: padDivisionCode(township.short),
    kind: village.kind,
  };
  if (village.officialName !== undefined) division.officialName = village.officialName;
  return division;
}

let source: DivisionSource | null = null;

/** Package, version and statistical year recorded in manifest.json (read once, synchronously: 12 kB). */
export function readDivisionSource(): DivisionSource {
  if (!source) {
    const manifest = JSON.parse(fs.readFileSync(`${dataDir}manifest.json`, 'utf8')) as {
      source: { package: string; version: string; year: number };
    };
    source = { package: manifest.source.package, version: manifest.source.version, year: manifest.source.year };
  }
  return source;
}

/** Absolute path of the data folder (for diagnostics and the integrity test). */
export function divisionDataDir(): string {
  return dataDir;
}
