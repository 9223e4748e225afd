import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyCompoundFile, compoundFileEntryNames } from './compound-file.ts';
import { compoundFile, PNG_1X1 } from './test-fixtures.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-cfb-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

describe('classifyCompoundFile', () => {
  it('tells Word, Excel and PowerPoint files by their main stream', async () => {
    expect(await classifyCompoundFile(write('a.doc', compoundFile('WordDocument')))).toBe('doc');
    expect(await classifyCompoundFile(write('a.xls', compoundFile('Workbook')))).toBe('xls');
    expect(await classifyCompoundFile(write('b.xls', compoundFile('Book')))).toBe('xls');
    expect(await classifyCompoundFile(write('a.ppt', compoundFile('PowerPoint Document')))).toBe('ppt');
  });

  it('refuses other compound files, other formats and truncated files', async () => {
    expect(await compoundFileEntryNames(write('x.msi', compoundFile('\u0005SummaryInformation')))).toEqual([
      'Root Entry',
      '\u0005SummaryInformation',
    ]);
    expect(await classifyCompoundFile(write('x.msi', compoundFile('\u0005SummaryInformation')))).toBeNull();
    expect(await classifyCompoundFile(write('x.png', PNG_1X1))).toBeNull();
    expect(await classifyCompoundFile(write('cut.doc', compoundFile('WordDocument').subarray(0, 700)))).toBeNull();
  });
});
