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
