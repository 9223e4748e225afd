import { describe, expect, it } from 'vitest';
import { receiptDateOf } from './receipt.ts';

describe('receipt date per channel (条例第三十一条)', () => {
  it('in person and registered mail: the arrival', () => {
    expect(receiptDateOf('inPerson', '2026-03-02', null).receivedOn).toBe('2026-03-02');
    expect(receiptDateOf('registeredMail', '2026-03-02', '2026-03-05').receivedOn).toBe('2026-03-02');
  });
  it('ordinary mail, online, fax: the confirmation, none before it', () => {
    expect(receiptDateOf('ordinaryMail', '2026-03-02', '2026-03-03').receivedOn).toBe('2026-03-03');
    expect(receiptDateOf('online', '2026-03-02', null)).toMatchObject({ receivedOn: null, ruleZh: expect.stringContaining('双方确认') });
    expect(receiptDateOf('fax', '2026-03-02', '2026-03-04').receivedOn).toBe('2026-03-04');
  });
});
