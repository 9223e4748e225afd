import { describe, expect, it } from 'vitest';
import { listZh, townshipWordZh } from './list-zh.ts';

describe('listZh', () => {
  it('joins with 、 whatever the count: never 和, never an ASCII comma', () => {
    expect(listZh(['吴平', '胡军'])).toBe('吴平、胡军');
    expect(listZh(['吴平', '胡军', '李明华'])).toBe('吴平、胡军、李明华');
    expect(listZh([2027, 2028])).toBe('2027、2028');
    expect(listZh(['吴平'])).toBe('吴平');
    expect(listZh([])).toBe('');
  });
});

describe('townshipWordZh', () => {
  it('names a 镇 a 镇 and a 街道 a 街道 (全镇, 全街道), whatever prefix the name carries', () => {
    expect(townshipWordZh('【演示】笔架山乡')).toBe('乡');
    expect(townshipWordZh('泉交河镇')).toBe('镇');
    expect(townshipWordZh('桃花仑街道')).toBe('街道');
    expect(townshipWordZh('赫山街道办事处')).toBe('街道');
    expect(townshipWordZh('巴彦苏木')).toBe('苏木');
    expect(townshipWordZh('测试单位')).toBe('乡镇');
  });
});
