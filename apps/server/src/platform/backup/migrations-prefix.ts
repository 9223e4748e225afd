import fs from 'node:fs';
import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Database } from '../db/client.ts';
import { MIGRATIONS_FOLDER } from '../db/migrate.ts';
import { BackupError, type Manifest } from './manifest.ts';

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/**
 * The archive's data fits the schema as it was when the backup was taken. Restore therefore
 * migrates the empty database only as far as the archive's migrations, loads the data, and then
 * applies the newer migrations of this version (which know how to carry old data forward).
 */
export function planMigrations(
  manifest: Pick<Manifest, 'migrations'>,
  folder = MIGRATIONS_FOLDER,
): { count: number; newer: number; warnings: string[] } {
  const code = readMigrationFiles({ migrationsFolder: folder });
  const archived = manifest.migrations;
  if (archived.length === 0) throw new BackupError('BACKUP.BAD_ARCHIVE', '备份中没有数据库迁移记录，不是依法系统的完整备份。');
  if (archived.length > code.length) {
    throw new BackupError(
      'BACKUP.VERSION_MISMATCH',
      `备份来自更新版本的依法系统（${archived.length} 个数据库迁移，本版本只有 ${code.length} 个）。请先升级本系统再恢复。`,
    );
  }
  const warnings: string[] = [];
  archived.forEach((m, i) => {
    const mine = code[i]!;
    if (mine.folderMillis !== m.createdAt) {
      throw new BackupError('BACKUP.VERSION_MISMATCH', `备份的第 ${i + 1} 个数据库迁移与本版本不一致，无法恢复到本版本。`);
    }
    // drizzle hashes the file text: a changed line ending changes it without changing the schema.
    if (mine.hash !== m.hash) warnings.push(`第 ${i + 1} 个数据库迁移文件的内容与备份时不同（哈希不符）。`);
  });
  return { count: archived.length, newer: code.length - archived.length, warnings };
}

/** Applies the first `count` migrations of the folder (a copy of the folder with a shorter journal). */
export async function migrateFirst(database: Database, count: number, scratch: string, folder = MIGRATIONS_FOLDER): Promise<void> {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as Journal;
  if (count >= journal.entries.length) {
    await migrate(database.db, { migrationsFolder: folder });
    return;
  }
  const dir = path.join(scratch, 'migrations');
  fs.mkdirSync(path.join(dir, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, count);
  for (const e of entries) fs.copyFileSync(path.join(folder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  await migrate(database.db, { migrationsFolder: dir });
}
