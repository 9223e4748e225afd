import { expect, it } from 'vitest';
import { divisionCacheState } from './division-store.ts';
import { getDivision, getTownshipWithVillages, searchTownships } from './index.ts';

// In its own file so that the module cache starts empty (Vitest isolates test files).
it('reads nothing at import, the index for searches, and only the province asked for', async () => {
  expect(divisionCacheState()).toEqual({ indexLoaded: false, provinces: [] });

  await searchTownships('八字哨');
  await getDivision('430903101');
  expect(divisionCacheState()).toEqual({ indexLoaded: true, provinces: [] });

  await getTownshipWithVillages('430903101');
  await getDivision('430102001001');
  expect(divisionCacheState()).toEqual({ indexLoaded: true, provinces: ['43'] });

  await Promise.all([getTownshipWithVillages('441900003'), getTownshipWithVillages('441900004')]);
  expect(divisionCacheState()).toEqual({ indexLoaded: true, provinces: ['43', '44'] });
});
