import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download.ts';

describe('fileNameOf', () => {
  it('prefers the UTF-8 name (RFC 8187) over the ASCII fallback', () => {
    expect(fileNameOf(`attachment; filename="audit-log.csv"; filename*=UTF-8''${encodeURIComponent('审计日志-2026.csv')}`, 'x')).toBe(
      '审计日志-2026.csv',
    );
  });

  it('falls back to the plain name, then to the given one', () => {
    expect(fileNameOf('attachment; filename="audit-log.xlsx"', 'x')).toBe('audit-log.xlsx');
    expect(fileNameOf(null, 'fallback.csv')).toBe('fallback.csv');
  });
});
