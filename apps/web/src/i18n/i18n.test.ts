import fs from 'node:fs';
import path from 'node:path';
import { ALL_PERMISSION_CODES } from '@yifa/domain';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
}

function valueAt(tree: unknown, key: string): string {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
}

const SRC = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('i18n resources', () => {
  it('has every zh-CN key in English, and no more', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('uses the same {{placeholders}} in both languages', () => {
    for (const key of keys(zhCN)) expect(placeholders(valueAt(en, key)), key).toEqual(placeholders(valueAt(zhCN, key)));
  });

  it('leaves no Chinese text in components: every UI string goes through an i18n key', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      // Translations themselves, and test support data (names in fixtures), are not UI code.
      if (file.includes(`${path.sep}i18n${path.sep}`) || file.includes(`${path.sep}test${path.sep}`)) continue;
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '').replace(/\/\*.*?\*\//g, '');
          const isComment = /^\s*(\*|\/\*|\/\/)/.test(line);
          if (!isComment && /[\u4e00-\u9fff]/.test(code)) offenders.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});

describe('permission groups', () => {
  it('every module of the permission catalogue has a label in both languages (no group named law-study)', () => {
    const modules = [...new Set(ALL_PERMISSION_CODES.map((c) => c.split(':')[0]!))];
    expect(modules.length).toBeGreaterThan(5);
    for (const m of modules) {
      expect(valueAt(zhCN, `role.module.${m}`), m).toMatch(/\p{Script=Han}/u);
      expect(typeof valueAt(en, `role.module.${m}`), m).toBe('string');
    }
  });
});
