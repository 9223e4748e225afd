import { repeatWindowOf, similarRequests } from '@yifa/domain/disclosure-request';
import type { Tx } from '../../platform/db/client.ts';
import { serialiseOn } from '../../platform/db/serialise.ts';
import { insertRepeatLinks, refreshRepeatFlags, repeatPartnersOf, requestsArrivedBetween } from './repository.ts';

/**
 * The township's repeat links and flags change one writer at a time (registration, deletion, rebuild).
 * Taken before any request row is written, so a writer never holds a row another one waits for here.
 */
export const lockRepeats = (tx: Tx, townshipId: string) => serialiseOn(tx, 'disclosure-request.repeats', townshipId);

/**
 * Finds, once, the township's requests that ask for the same information as a newly registered one
 * (《政府信息公开条例》第四十四条: arrived within 12 months either side, similar description), stores
 * the links and flags both sides, so no list or detail compares descriptions again.
 *
 * Two clerks registering at the same moment must find each other: the township's registrations take
 * turns from here to their commit, and each reads after the lock, so the second sees the first.
 */
export async function linkRepeats(tx: Tx, request: { id: string; townshipId: string; arrivedOn: string; description: string }) {
  await lockRepeats(tx, request.townshipId);
  const { from, to } = repeatWindowOf(request.arrivedOn);
  const candidates = await requestsArrivedBetween(tx, request.townshipId, from, to, request.id);
  const found = similarRequests(request.description, candidates);
  await insertRepeatLinks(
    tx,
    found.map((f) => ({ requestId: request.id, earlierId: f.item.id, townshipId: request.townshipId, similarity: f.similarity })),
  );
  if (found.length) await refreshRepeatFlags(tx, request.townshipId, [request.id, ...found.map((f) => f.item.id)]);
  return found.length;
}

/** After a request is deleted (lockRepeats taken before): its partners are repeats only if another live request links them. */
export async function unlinkDeleted(tx: Tx, request: { id: string; townshipId: string }) {
  await refreshRepeatFlags(tx, request.townshipId, [request.id, ...(await repeatPartnersOf(tx, request.id))]);
}
