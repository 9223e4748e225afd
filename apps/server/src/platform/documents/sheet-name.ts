/**
 * Excel's rules for worksheet names: 1 to 31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, not "History" (reserved), unique in the workbook regardless of case.
 * Forbidden characters become "_"; apostrophes become "’" because exceljs does not escape them in
 * the print-titles name it writes. Chinese characters count as one.
 */
export function sanitizeSheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
  let base = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f]/gu, '')
    .replace(/[:\\/?*[\]]/gu, '_')
    .replace(/'/gu, '’')
    .trim();
  if (base.length === 0) base = 'Sheet';
  if (base.toLowerCase() === 'history') base = 'History_';
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = truncate(base, 31 - suffix.length).trimEnd() + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** sanitizeSheetName over a workbook's names, in order, keeping them unique. */
export function sanitizeSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const safe = sanitizeSheetName(name, taken);
    taken.add(safe);
    return safe;
  });
}

/** At most `max` UTF-16 units (Excel's count) without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
