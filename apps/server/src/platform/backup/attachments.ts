import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ManifestFile } from './manifest.ts';

/** Every file under the attachments folder, with its size and SHA-256 (checked again on restore). */
export async function listAttachments(root: string): Promise<ManifestFile[]> {
  if (!fs.existsSync(root)) return [];
  const out: ManifestFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.promises.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) {
        const stat = await fs.promises.stat(full);
        out.push({ path: path.relative(root, full).split(path.sep).join('/'), size: stat.size, sha256: await sha256File(full) });
      }
    }
  };
  await walk(root);
  return out;
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (c) => hash.update(c))
      .on('end', () => resolve(hash.digest('hex')));
  });
}
