import { describe, expect, it } from 'vitest';
import { HeadingNumberer } from './heading-numbering.ts';

describe('HeadingNumberer (GB/T 9704-2012 7.3.3)', () => {
  it('numbers 一、（一）1.（1） and resets lower levels', () => {
    const n = new HeadingNumberer();
    expect(n.next(1, '总体情况')).toBe('一、总体情况');
    expect(n.next(2, '主动公开')).toBe('（一）主动公开');
    expect(n.next(3, '文件')).toBe('1.文件');
    expect(n.next(4, '细项')).toBe('（1）细项');
    expect(n.next(4, '细项')).toBe('（2）细项');
    expect(n.next(3, '文件')).toBe('2.文件');
    expect(n.next(4, '细项')).toBe('（1）细项');
    expect(n.next(2, '依申请公开')).toBe('（二）依申请公开');
    expect(n.next(3, '文件')).toBe('1.文件');
    expect(n.next(1, '问题')).toBe('二、问题');
    expect(n.next(2, '原因')).toBe('（一）原因');
  });

  it('keeps numbers already in the text and counts on from them', () => {
    const n = new HeadingNumberer();
    expect(n.next(1, '  十、其他事项 ')).toBe('十、其他事项');
    expect(n.next(1, '下一项')).toBe('十一、下一项');
    expect(n.next(2, '(三)半角括号')).toBe('(三)半角括号');
    expect(n.next(2, '续')).toBe('（四）续');
    expect(n.next(3, '12．全角点')).toBe('12．全角点');
    expect(n.next(3, '续')).toBe('13.续');
    expect(n.next(4, '（7）已编号')).toBe('（7）已编号');
    expect(n.next(4, '续')).toBe('（8）续');
  });

  it('does not take a number of another level for its own', () => {
    const n = new HeadingNumberer();
    expect(n.next(3, '（1）不是三级编号')).toBe('1.（1）不是三级编号');
    expect(n.next(1, '2026年工作')).toBe('一、2026年工作');
  });
});
