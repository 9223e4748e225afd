import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * The bytes of attachments, content-addressed under the data folder: `files/ab/cd/<sha256>`. The
 * same bytes are stored once however often they are uploaded; a row in `files` says who may see
 * them. Uploads land in `files/tmp/` first and are renamed into place (atomic on one file system)
 * only once their hash and type are known, so a half-written or refused upload is never visible.
 */
export function blobPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return path.join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export interface ReceivedUpload {
  tempPath: string;
  sha256: string;
  size: number;
}

/** Streams an upload to a temporary file while hashing and counting it. The caller removes or commits the temp file. */
export async function receiveToTemp(dataDir: string, source: Readable): Promise<ReceivedUpload> {
  const tmpDir = path.join(dataDir, 'files', 'tmp');
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const tempPath = path.join(tmpDir, `${crypto.randomUUID()}.part`);
  const hash = crypto.createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  try {
    await pipeline(source, tap, fs.createWriteStream(tempPath, { mode: 0o600 }));
  } catch (error) {
    await removeQuietly(tempPath);
    throw error;
  }
  return { tempPath, sha256: hash.digest('hex'), size };
}

/** Moves a received upload to its content address; when those bytes are already stored, drops the copy. */
export async function commitBlob(dataDir: string, upload: ReceivedUpload): Promise<{ isNew: boolean }> {
  const target = blobPath(dataDir, upload.sha256);
  if (await exists(target)) {
    await removeQuietly(upload.tempPath);
    return { isNew: false };
  }
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  // Two identical uploads racing both rename identical bytes onto the same name: harmless.
  await fs.promises.rename(upload.tempPath, target);
  return { isNew: true };
}

export function openBlob(dataDir: string, sha256: string): fs.ReadStream {
  return fs.createReadStream(blobPath(dataDir, sha256));
}

export async function removeQuietly(file: string): Promise<void> {
  await fs.promises.rm(file, { force: true }).catch(() => undefined);
}

async function exists(file: string): Promise<boolean> {
  return fs.promises.access(file).then(
    () => true,
    () => false,
  );
}
