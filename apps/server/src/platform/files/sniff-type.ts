import { allowedFileTypeOf, type AllowedFileType } from '@yifa/domain';
import { fileTypeFromFile } from 'file-type';
import { classifyCompoundFile } from './compound-file.ts';

export interface SniffResult {
  /** What the bytes are, as `file-type` (or the compound-file check) names them; null when unknown (text, garbage). */
  sniffed: string | null;
  /** The allowed type, or null when the bytes are not on the allow-list. */
  allowed: AllowedFileType | null;
}

/** Judges a stored upload by its bytes only; the name and the browser's Content-Type are never trusted. */
export async function sniffFileType(file: string): Promise<SniffResult> {
  const result = await fileTypeFromFile(file);
  if (!result) return { sniffed: null, allowed: null };
  const sniffed = result.ext === 'cfb' ? ((await classifyCompoundFile(file)) ?? 'cfb') : result.ext;
  return { sniffed, allowed: allowedFileTypeOf(sniffed) };
}
