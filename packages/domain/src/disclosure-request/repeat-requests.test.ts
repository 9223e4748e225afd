import { describe, expect, it } from 'vitest';
import { bigramJaccard, descriptionBigrams, findRepeatCandidates, normaliseDescription } from './repeat-requests.ts';

describe('repeated applications (条例第四十四条)', () => {
  it('normalises width, case, punctuation and the words every application uses', () => {
    expect(normaliseDescription('申请公开：２０２５年　ABC 村征地补偿方案。')).toBe('2025年abc村征地补偿方案');
  });

  it('finds the same information asked in other words, not a different matter', () => {
    const items = [
      { id: 'a', description: '申请公开2025年笔架山乡征地补偿安置方案' },
      { id: 'b', description: '请提供笔架山乡2025年征地补偿安置方案的文件' },
      { id: 'c', description: '本乡2026年财政预算执行情况' },
    ];
    const found = findRepeatCandidates(items);
    expect(found.get('a')).toEqual(['b']);
    expect(found.get('b')).toEqual(['a']);
    expect(found.has('c')).toBe(false);
  });

  it('the threshold is inclusive', () => {
    const a = descriptionBigrams('甲乙丙');
    const b = descriptionBigrams('甲乙丁');
    expect(bigramJaccard(a, b)).toBeCloseTo(1 / 3);
    expect(
      findRepeatCandidates(
        [
          { id: 'a', description: '甲乙丙' },
          { id: 'b', description: '甲乙丁' },
        ],
        1 / 3,
      ).size,
    ).toBe(2);
    expect(bigramJaccard(new Set(), new Set())).toBe(0);
  });
});
