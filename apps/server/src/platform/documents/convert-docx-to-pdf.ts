import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { adaptGridForLibreOffice } from './libreoffice-grid.ts';

const run = promisify(execFile);

/** The fontconfig file that maps the 公文 fonts to Noto CJK for previews (see fonts.conf). */
export const PREVIEW_FONTS_CONF = fileURLToPath(new URL('./fonts.conf', import.meta.url));

/** The soffice executable on PATH, or null when LibreOffice is not installed. */
export async function findSoffice(): Promise<string | null> {
  try {
    const { stdout } = await run('sh', ['-c', 'command -v soffice'], { timeout: 5_000 });
    const path = stdout.trim();
    return path.length > 0 ? path : null;
  } catch {
    return null;
  }
}

/**
 * Converts a .docx to PDF with headless LibreOffice and returns the PDF's path
 * (outDir/<name>.pdf). Fonts resolve through PREVIEW_FONTS_CONF, and LibreOffice is given a copy
 * whose character grid it can lay out like Word (see adaptGridForLibreOffice).
 * Each call uses its own throw-away LibreOffice profile: two soffice processes sharing a profile
 * block each other (another conversion, or a desktop session of the same user).
 */
export async function convertDocxToPdf(docxPath: string, outDir: string): Promise<string> {
  const input = resolve(docxPath);
  const out = resolve(outDir);
  const work = await mkdtemp(join(tmpdir(), 'yifa-soffice-'));
  const profile = join(work, 'profile');
  const copy = join(work, basename(input));
  try {
    await writeFile(copy, await adaptGridForLibreOffice(await readFile(input)));
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nologo',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        copy,
      ],
      { env: { ...process.env, FONTCONFIG_FILE: PREVIEW_FONTS_CONF }, timeout: 120_000, maxBuffer: 4 * 1024 * 1024 },
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const pdf = join(out, `${basename(input, extname(input))}.pdf`);
  try {
    await access(pdf);
  } catch {
    // soffice exits 0 even when it could not load the file; it then writes nothing.
    throw new Error(`LibreOffice did not produce ${pdf}`);
  }
  return pdf;
}
