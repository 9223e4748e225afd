/**
 * Repeated applications for the same information are candidates for proactive disclosure
 * (《政府信息公开条例》第四十四条). Two descriptions are "the same information" when their normalised
 * character bigrams overlap enough (Jaccard index), which works for Chinese without word segmentation.
 */
export const REPEAT_SIMILARITY_THRESHOLD = 0.5;
/** Look back over the last 12 months of the township's requests. */
export const REPEAT_WINDOW_MONTHS = 12;

/** Full-width to half-width, lower case, and only letters, digits and CJK characters kept. */
export function normaliseDescription(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '')
      // Words every application uses say nothing about the information sought.
      .replace(/申请|公开|政府信息|请求|要求|提供|关于|相关|有关|的/g, '')
  );
}

export function descriptionBigrams(text: string): Set<string> {
  const chars = [...normaliseDescription(text)];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i += 1) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

export function bigramJaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

/**
 * For each item, the ids of the other items similar to it (≥ threshold); items with none are left out.
 * O(n²) over a township's year of requests (a few hundred at most), with the bigram sets computed once.
 */
export function findRepeatCandidates(
  items: { id: string; description: string }[],
  threshold = REPEAT_SIMILARITY_THRESHOLD,
): Map<string, string[]> {
  const sets = items.map((i) => ({ id: i.id, set: descriptionBigrams(i.description) }));
  const out = new Map<string, string[]>();
  for (let i = 0; i < sets.length; i += 1) {
    for (let j = i + 1; j < sets.length; j += 1) {
      if (bigramJaccard(sets[i]!.set, sets[j]!.set) >= threshold) {
        out.set(sets[i]!.id, [...(out.get(sets[i]!.id) ?? []), sets[j]!.id]);
        out.set(sets[j]!.id, [...(out.get(sets[j]!.id) ?? []), sets[i]!.id]);
      }
    }
  }
  return out;
}

/** `date` (YYYY-MM-DD) moved by `months`, the day clamped to the month's last (as PostgreSQL's `date ± interval 'n months'`). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * The arrival dates a request's repeats may have: within 12 months either side of its own arrival
 * (the look-back of 第四十四条, either side because a paper application may be registered after a
 * later online one).
 */
export function repeatWindowOf(arrivedOn: string): { from: string; to: string } {
  return { from: addMonths(arrivedOn, -REPEAT_WINDOW_MONTHS), to: addMonths(arrivedOn, REPEAT_WINDOW_MONTHS) };
}

/** The earlier requests that ask for the same information as `description`, with their similarity (≥ threshold). */
export function similarRequests<T extends { id: string; description: string }>(
  description: string,
  earlier: readonly T[],
  threshold = REPEAT_SIMILARITY_THRESHOLD,
): { item: T; similarity: number }[] {
  const own = descriptionBigrams(description);
  const out: { item: T; similarity: number }[] = [];
  for (const item of earlier) {
    const similarity = bigramJaccard(own, descriptionBigrams(item.description));
    if (similarity >= threshold) out.push({ item, similarity });
  }
  return out;
}

/**
 * The same bigram set as numbers (each bigram's id in `dictionary`, shared by the texts compared),
 * sorted: for comparing many descriptions at once (the rebuild of a township's links), where
 * `sortedJaccard` is several times faster than `bigramJaccard` over string sets, with the same value.
 */
export function bigramIds(text: string, dictionary: Map<string, number>): Int32Array {
  const ids: number[] = [];
  for (const bigram of descriptionBigrams(text)) {
    let id = dictionary.get(bigram);
    if (id === undefined) dictionary.set(bigram, (id = dictionary.size));
    ids.push(id);
  }
  return Int32Array.from(ids).sort();
}

/** `bigramJaccard` of two `bigramIds` of the same dictionary (a merge of the sorted ids). */
export function sortedJaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return inter / (a.length + b.length - inter);
}
