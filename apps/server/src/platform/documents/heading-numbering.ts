import { fromChineseNumeral, toChineseNumeral } from './chinese-numeral.ts';

export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * GB/T 9704-2012 7.3.3: 文中结构层次序数依次可以用"一、""（一）""1.""（1）"标注.
 * Each level's number, as written at the start of a heading, and how to write it.
 */
const LEVELS: Record<HeadingLevel, { pattern: RegExp; parse: (m: string) => number | undefined; format: (n: number) => string }> = {
  1: {
    pattern: /^([一二三四五六七八九十百零]+)、/u,
    parse: fromChineseNumeral,
    format: (n) => `${toChineseNumeral(n)}、`,
  },
  2: {
    pattern: /^[（(]([一二三四五六七八九十百零]+)[）)]/u,
    parse: fromChineseNumeral,
    format: (n) => `（${toChineseNumeral(n)}）`,
  },
  3: {
    pattern: /^(\d+)[.．]/u,
    parse: (m) => Number(m),
    format: (n) => `${n}.`,
  },
  4: {
    pattern: /^[（(](\d+)[）)]/u,
    parse: (m) => Number(m),
    format: (n) => `（${n}）`,
  },
};

/**
 * Numbers headings in document order. A heading whose text already starts with its level's
 * number keeps its text, and the counter follows that number, so hand-numbered and unnumbered
 * headings can be mixed. A heading resets the counters of the levels below it.
 */
export class HeadingNumberer {
  private readonly counters: Record<HeadingLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };

  next(level: HeadingLevel, text: string): string {
    const trimmed = text.trim();
    const spec = LEVELS[level];
    const match = spec.pattern.exec(trimmed);
    const given = match?.[1] === undefined ? undefined : spec.parse(match[1]);
    this.counters[level] = given ?? this.counters[level] + 1;
    for (const deeper of [2, 3, 4] as const) {
      if (deeper > level) this.counters[deeper] = 0;
    }
    return given === undefined ? `${spec.format(this.counters[level])}${trimmed}` : trimmed;
  }
}
