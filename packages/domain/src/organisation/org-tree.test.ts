import { describe, expect, it } from 'vitest';
import { canHoldChildren, isValidMoveTarget } from './org-tree.ts';

const T = 'township-a';
const office = { kind: 'department' as const, townshipId: T };
const village = { kind: 'village' as const, townshipId: T };
const township = { kind: 'township' as const, townshipId: T };

describe('org tree rules', () => {
  it('lets only the township and its offices hold children', () => {
    expect(canHoldChildren('township')).toBe(true);
    expect(canHoldChildren('department')).toBe(true);
    expect(canHoldChildren('village')).toBe(false);
    expect(canHoldChildren('community')).toBe(false);
    expect(canHoldChildren('county')).toBe(false);
  });

  it('moves an office or a village under the township or an office of the same township', () => {
    expect(isValidMoveTarget(village, office, false)).toBe(true);
    expect(isValidMoveTarget(office, township, false)).toBe(true);
  });

  it('refuses a move under a village, into another township, under itself or below, and any township-level move', () => {
    expect(isValidMoveTarget(office, village, false)).toBe(false);
    expect(isValidMoveTarget(office, { kind: 'department', townshipId: 'township-b' }, false)).toBe(false);
    expect(isValidMoveTarget(office, office, true)).toBe(false);
    expect(isValidMoveTarget(township, { kind: 'county', townshipId: null }, false)).toBe(false);
  });
});
