import type { Ledger, LedgerPersonRow } from '@yifa/domain/law-study';
import { describe, expect, it } from 'vitest';
import { bulletinBlocks } from './bulletin.ts';

const person = (name: string, over: Partial<LedgerPersonRow> = {}): LedgerPersonRow => ({
  personId: name,
  name,
  post: null,
  orgId: 'o',
  orgName: '党政综合办',
  isCivilServant: true,
  sessionsAttended: 1,
  sessionsMissed: 0,
  sessionHours: 2,
  selfStudyHours: 0,
  totalHours: 2,
  targetHours: 60,
  isShort: true,
  shortfallHours: 58,
  examsTaken: 0,
  examsPassed: 0,
  examsAbsent: 1,
  averageScore: null,
  rank: 1,
  ...over,
});
const ledger: Ledger = {
  from: '2026-01-01',
  to: '2026-12-31',
  people: [person('吴平'), person('胡军')],
  orgs: [],
  sessionCount: 3,
  examCount: 1,
};
const text = (townshipName: string) =>
  bulletinBlocks(ledger, townshipName, '2026年度', '每人每年应学60学时')
    .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    .join('\n');

describe('the law-study bulletin (通报)', () => {
  it('calls the township as it calls itself: 全镇 for a 镇, 全街道 for a 街道, 全乡 for a 乡', () => {
    expect(text('泉交河镇')).toContain('全镇共开展集体学法活动');
    expect(text('泉交河镇')).not.toContain('全乡');
    expect(text('泉交河镇')).toContain('本镇法治政府建设承诺');
    expect(text('桃花仑街道')).toContain('全街道共开展');
    expect(text('【演示】笔架山乡')).toContain('全乡共开展');
  });

  it('lists names with 、', () => {
    expect(text('泉交河镇')).toContain('缺考2人（吴平、胡军）');
  });
});
