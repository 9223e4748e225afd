import { describe, expect, it } from 'vitest';
import { MODULES } from '../modules/registry.ts';
import { reportSections, type YifaModule } from './modules.ts';

const section = (order: number, titleZh: string) => ({
  report: 'ruleOfLawAnnual' as const,
  order,
  titleZh,
  build: async () => [{ kind: 'paragraph' as const, text: titleZh }],
});

describe('the module contract', () => {
  it('collects report sections from every module in order', async () => {
    const mods: YifaModule[] = [
      { name: 'b', routes: async () => {}, reportSections: [section(20, '（二）普法')] },
      { name: 'a', routes: async () => {}, reportSections: [section(10, '（一）学法')] },
      { name: 'c', routes: async () => {} },
    ];
    const sections = reportSections(mods, 'ruleOfLawAnnual');
    expect(sections.map((s) => s.titleZh)).toEqual(['（一）学法', '（二）普法']);
  });

  it('has unique kebab-case module names', () => {
    const names = MODULES.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});
