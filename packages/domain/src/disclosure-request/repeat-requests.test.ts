import { describe, expect, it } from 'vitest';
import {
  addMonths,
  bigramIds,
  bigramJaccard,
  descriptionBigrams,
  findRepeatCandidates,
  normaliseDescription,
  REPEAT_SIMILARITY_THRESHOLD,
  repeatWindowOf,
  similarRequests,
  sortedJaccard,
} from './repeat-requests.ts';

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

describe('the stored repeat links (issue 10)', () => {
  it('moves a date by months as PostgreSQL does, the day clamped to the month', () => {
    expect(addMonths('2026-03-15', -12)).toBe('2025-03-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(repeatWindowOf('2026-06-01')).toEqual({ from: '2025-06-01', to: '2027-06-01' });
  });

  it('finds the earlier requests with the same information and says how similar they are', () => {
    const earlier = [
      { id: 'a', description: '申请公开2025年笔架山乡征地补偿安置方案' },
      { id: 'c', description: '本乡2026年财政预算执行情况' },
    ];
    const found = similarRequests('请提供笔架山乡2025年征地补偿安置方案的文件', earlier);
    expect(found.map((f) => f.item.id)).toEqual(['a']);
    expect(found[0]!.similarity).toBeGreaterThanOrEqual(REPEAT_SIMILARITY_THRESHOLD);
    expect(found[0]!.similarity).toBeLessThanOrEqual(1);
    expect(similarRequests('本乡2026年财政预算执行情况', earlier).map((f) => f.item.id)).toEqual(['c']);
  });

  it('compares numbered bigrams exactly as it compares the strings', () => {
    const texts = [
      '申请公开2025年笔架山乡征地补偿安置方案',
      '请提供笔架山乡2025年征地补偿安置方案的文件',
      '本乡2026年财政预算执行情况',
      '的',
      '',
      '𠀀𠀁征地',
    ];
    const dictionary = new Map<string, number>();
    const ids = texts.map((x) => bigramIds(x, dictionary));
    for (let i = 0; i < texts.length; i++)
      for (let j = 0; j < texts.length; j++)
        expect(sortedJaccard(ids[i]!, ids[j]!)).toBe(bigramJaccard(descriptionBigrams(texts[i]!), descriptionBigrams(texts[j]!)));
  });
});
