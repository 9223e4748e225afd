import { repeatWindowOf, similarRequests } from '@yifa/domain/disclosure-request';
import type { Tx } from '../../platform/db/client.ts';
import { serialiseOn } from '../../platform/db/serialise.ts';
import { insertRepeatLinks, requestsArrivedBetween } from './repository.ts';

/**
 * Finds, once, the township's requests that ask for the same information as a newly registered one
 * (《政府信息公开条例》第四十四条: arrived within 12 months either side, similar description) and stores
 * the links, so no list or detail compares descriptions again.
 *
 * Two clerks registering at the same moment must find each other: the township's registrations take
 * turns from here to their commit, and each reads after the lock, so the second sees the first.
 */
export async function linkRepeats(tx: Tx, request: { id: string; townshipId: string; arrivedOn: string; description: string }) {
  await serialiseOn(tx, 'disclosure-request.repeats', request.townshipId);
  const { from, to } = repeatWindowOf(request.arrivedOn);
  const candidates = await requestsArrivedBetween(tx, request.townshipId, from, to, request.id);
  const found = similarRequests(request.description, candidates);
  await insertRepeatLinks(
    tx,
    found.map((f) => ({ requestId: request.id, earlierId: f.item.id, townshipId: request.townshipId, similarity: f.similarity })),
  );
  return found.length;
}
