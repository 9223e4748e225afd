import fs from 'node:fs';

/**
 * Which Office program an OLE compound file (MS-CFB: the old .doc, .xls, .ppt) belongs to, judged
 * by the streams in its directory. The signature alone says "compound file", which an installer
 * (.msi) or an Outlook message also is; only the three Office formats are accepted.
 * [MS-CFB] §2.2 (header), §2.3 (FAT), §2.5 (DIFAT), §2.6 (directory entries).
 */
const OFFICE_STREAMS: Record<string, 'doc' | 'xls' | 'ppt'> = {
  WordDocument: 'doc',
  Workbook: 'xls',
  // Excel 5/95 workbooks.
  Book: 'xls',
  'PowerPoint Document': 'ppt',
};

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTORS_FOLLOWED = 4096;

export async function classifyCompoundFile(file: string): Promise<'doc' | 'xls' | 'ppt' | null> {
  const names = await compoundFileEntryNames(file).catch(() => null);
  if (!names) return null;
  for (const name of names) {
    const kind = OFFICE_STREAMS[name];
    if (kind) return kind;
  }
  return null;
}

/** The names of the directory entries of a compound file; null when it is not a readable one. */
export async function compoundFileEntryNames(file: string): Promise<string[] | null> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const read = async (offset: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      if (bytesRead !== length) throw new Error('short read');
      return buffer;
    };
    const header = await read(0, 512);
    if (!header.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return null;
    const sectorShift = header.readUInt16LE(0x1e);
    if (sectorShift !== 9 && sectorShift !== 12) return null;
    const sectorSize = 1 << sectorShift;
    const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
    const perSector = sectorSize / 4;

    // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) fatSectors.push(header.readUInt32LE(0x4c + i * 4));
    let difat = header.readUInt32LE(0x44);
    for (let n = 0; difat < END_OF_CHAIN && n < MAX_SECTORS_FOLLOWED; n++) {
      const block = await read(sectorOffset(difat), sectorSize);
      for (let i = 0; i < perSector - 1; i++) fatSectors.push(block.readUInt32LE(i * 4));
      difat = block.readUInt32LE((perSector - 1) * 4);
    }
    const fatCache = new Map<number, Buffer>();
    const nextSector = async (sector: number): Promise<number> => {
      const fatIndex = Math.floor(sector / perSector);
      const fatSector = fatSectors[fatIndex];
      if (fatSector === undefined || fatSector >= END_OF_CHAIN) throw new Error('broken FAT');
      let block = fatCache.get(fatSector);
      if (!block) {
        block = await read(sectorOffset(fatSector), sectorSize);
        fatCache.set(fatSector, block);
      }
      return block.readUInt32LE((sector % perSector) * 4);
    };

    const names: string[] = [];
    const seen = new Set<number>();
    let sector = header.readUInt32LE(0x30);
    while (sector < END_OF_CHAIN && !seen.has(sector) && seen.size < MAX_SECTORS_FOLLOWED) {
      seen.add(sector);
      const block = await read(sectorOffset(sector), sectorSize);
      for (let at = 0; at + 128 <= sectorSize; at += 128) {
        const nameLength = block.readUInt16LE(at + 0x40);
        const type = block[at + 0x42];
        if (type === 0 || nameLength < 2 || nameLength > 64) continue;
        names.push(block.toString('utf16le', at, at + nameLength - 2));
      }
      sector = await nextSector(sector);
    }
    return names;
  } finally {
    await handle.close();
  }
}
