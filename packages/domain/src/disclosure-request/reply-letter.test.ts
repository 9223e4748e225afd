import { describe, expect, it } from 'vitest';
import { OUTCOME_CODES, OUTCOMES } from './outcomes.ts';
import { draftReplyLetter, missingReplyContents, type LetterInput } from './reply-letter.ts';

const base: LetterInput = {
  outcome: 'granted',
  reasons: null,
  publishedLocation: null,
  responsibleAgency: null,
  applicantName: '张三',
  description: '2025年征地补偿方案',
  receivedOn: '2026-03-02',
  correctedOn: null,
  clarificationNoticeOn: null,
};

describe('reply letter (告知书)', () => {
  it('every refusal says reconsideration comes before litigation (行政复议法第二十三条), and no other outcome does', () => {
    for (const outcome of OUTCOME_CODES) {
      const text = draftReplyLetter({ ...base, outcome, reasons: '理由' });
      expect(text.includes('应当先向行政复议机关申请行政复议'), outcome).toBe(OUTCOMES[outcome].isRefusal);
      expect(text).toContain(OUTCOMES[outcome].legalBasisZh);
    }
  });

  it('a partial disclosure gives its reasons and the basis (条例第三十七条)', () => {
    const text = draftReplyLetter({ ...base, outcome: 'partial', reasons: '涉及第三方个人信息。', correctedOn: '2026-03-05' });
    expect(text).toContain('涉及第三方个人信息。根据《中华人民共和国政府信息公开条例》第三十七条');
    expect(text).toContain('经补正，本机关于2026年3月5日收到你补正后的申请');
    expect(text.split('\n')).toHaveLength(4);
  });

  it('points to where published information is and names the responsible agency', () => {
    expect(draftReplyLetter({ ...base, publishedLocation: '本乡政府门户网站“政府信息公开”栏目' })).toContain(
      '你可以通过以下途径获取：本乡政府门户网站',
    );
    expect(draftReplyLetter({ ...base, outcome: 'unable_notHeld', reasons: '本机关未制作', responsibleAgency: '区自然资源局' })).toContain(
      '由区自然资源局负责公开',
    );
  });

  it('requires the contents the outcome needs', () => {
    expect(missingReplyContents({ outcome: 'partial', reasons: ' ', publishedLocation: null, responsibleAgency: null })).toEqual([
      'reasons',
    ]);
    expect(missingReplyContents({ outcome: 'granted', reasons: null, publishedLocation: null, responsibleAgency: null })).toEqual([]);
    expect(
      missingReplyContents({
        outcome: 'notProcessed_publication',
        reasons: '公开出版物',
        publishedLocation: null,
        responsibleAgency: null,
      }),
    ).toEqual(['publishedLocation']);
    expect(
      missingReplyContents({ outcome: 'other_noCorrection', reasons: null, publishedLocation: null, responsibleAgency: null }),
    ).toEqual([]);
  });
});
