import { describe, expect, it } from 'vitest';
import { allowedFileTypeOf, cleanFileName, storedFileName, ZFileUploadQuery } from './file-contracts.ts';

const png = allowedFileTypeOf('png')!;
const jpg = allowedFileTypeOf('jpg')!;

describe('allowedFileTypeOf', () => {
  it('knows the allowed types by what the sniffer reports, and nothing else', () => {
    expect(allowedFileTypeOf('apng')?.ext).toBe('png');
    expect(allowedFileTypeOf('doc')?.mime).toBe('application/msword');
    for (const refused of ['exe', 'elf', 'zip', 'rar', 'cfb', 'xml', 'svg', 'html', ''])
      expect(allowedFileTypeOf(refused), refused).toBeNull();
  });
});

describe('storedFileName', () => {
  it('keeps a name whose extension fits the content', () => {
    expect(storedFileName('现场照片.PNG', png)).toBe('现场照片.PNG');
    expect(storedFileName('扫描.jpeg', jpg)).toBe('扫描.jpeg');
  });

  it('appends the real extension when the name claims another type or none', () => {
    expect(storedFileName('setup.exe', png)).toBe('setup.exe.png');
    expect(storedFileName('照片', jpg)).toBe('照片.jpg');
  });

  it('drops path parts and control characters', () => {
    expect(storedFileName('C:\\Users\\x\\..\\a\u0000b.png', png)).toBe('ab.png');
    expect(storedFileName('../../etc/passwd', png)).toBe('passwd.png');
    expect(storedFileName('   ', png)).toBe('附件.png');
  });

  it('drops direction overrides and other invisible controls, so that no .exe displays as .png', () => {
    // "report\u202Egnp.exe" shows as "reportexe.png" in a list or a save dialog.
    expect(storedFileName('report\u202Egnp.exe', png)).toBe('reportgnp.exe.png');
    for (const ch of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
      '\u0085',
      '\u2028',
    ]) {
      expect(storedFileName(`a${ch}b.png`, png), ch.codePointAt(0)!.toString(16)).toBe('ab.png');
    }
    expect(storedFileName('a\ud800b.png', png)).toBe('ab.png');
    expect(storedFileName('😀.png', png)).toBe('😀.png');
    expect(cleanFileName('现场\u202E照片.png')).toBe('现场照片.png');
  });

  it('cuts a long name by characters, never through a surrogate pair', () => {
    const name = storedFileName(`${'a'.repeat(199)}😀😀.png`, png);
    expect(name).toBe(`${'a'.repeat(199)}😀.png`);
  });
});

describe('ZFileUploadQuery', () => {
  it('wants the record type and id together', () => {
    expect(ZFileUploadQuery.safeParse({ entityType: 'studySession' }).success).toBe(false);
    expect(ZFileUploadQuery.safeParse({ entityType: 'studySession', entityId: '6f0d0f5e-7c6a-4c1e-9a43-6a1e0d8f5b21' }).success).toBe(true);
  });
});
