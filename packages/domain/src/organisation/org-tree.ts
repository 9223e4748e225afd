import type { OrgKind } from './contracts.ts';

/** Offices hang under the township or under an office; villages and communities hold no children. */
export function canHoldChildren(kind: OrgKind): boolean {
  return kind === 'township' || kind === 'department';
}

/**
 * Where an office, village or community may move (the server refuses, the tree offers, with this
 * one rule): inside its own township, under the township or one of its offices, never under itself
 * or a node below it. Township and county nodes follow the division codes and never move.
 */
export function isValidMoveTarget(
  moving: { kind: OrgKind; townshipId: string | null },
  target: { kind: OrgKind; townshipId: string | null },
  targetIsInsideMoving: boolean,
): boolean {
  if (moving.kind === 'county' || moving.kind === 'township') return false;
  return !targetIsInsideMoving && canHoldChildren(target.kind) && !!target.townshipId && target.townshipId === moving.townshipId;
}
