import { cleanFileName } from '@yifa/domain';

/**
 * A Content-Disposition header that carries a Chinese file name to every browser: an ASCII
 * fallback in `filename` and the real name in `filename*` (RFC 6266 §4.3 with RFC 8187, the
 * successor of RFC 5987).
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  // Also for names stored before uploads were cleaned: no direction override reaches the save dialog.
  const clean = cleanFileName(fileName);
  const fallback = clean.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc8187(clean)}`;
}

/** Percent-encodes everything but RFC 8187 attr-char (ALPHA / DIGIT / "!#$&+-.^_`|~"). */
export function encodeRfc8187(value: string): string {
  return Array.from(new TextEncoder().encode(value), (byte) => {
    const ch = String.fromCharCode(byte);
    return /[A-Za-z0-9!#$&+\-.^_`|~]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}
