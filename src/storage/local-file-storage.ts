import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EXTENSION, type SniffedType } from './file-content.js';
import {
  FileStorage,
  parseStorageId,
  StorageError,
  storageId,
  type FileListing,
  type FileToStore,
  type ListedFile,
  type StoredFile,
  type Visibility,
  writeContent,
} from './file-storage.js';
import type { SignedLinks } from './signed-links.js';

/**
 * Public files under `DATA_DIR/uploads`, served read-only at `/uploads/...`; private files under
 * `DATA_DIR/private`, which nothing serves as it is: only a signed link (`GET /files/...`) opens one.
 */
export class LocalFileStorage extends FileStorage {
  readonly name = 'local' as const;

  constructor(
    private readonly roots: Record<Visibility, string>,
    private readonly publicBaseUrl: string,
    private readonly links: SignedLinks,
  ) {
    super();
  }

  async upload(file: FileToStore): Promise<StoredFile> {
    const key = `${file.folder}/${file.name}.${EXTENSION[file.contentType]}`;
    const publicId = storageId(file.visibility, key);
    const path = this.pathOf(publicId);
    try {
      await mkdir(dirname(path), { recursive: true });
      // Write to a temporary name and rename, so a reader never sees half a file.
      const temporary = `${path}.${process.pid}.tmp`;
      await writeContent(file.content, temporary);
      await rename(temporary, path);
    } catch (error) {
      throw new StorageError('unavailable', 'could not write the file to local storage', { cause: error });
    }
    const url = file.visibility === 'public' ? `${this.publicBaseUrl}/uploads/${key}` : null;
    return { url, publicId };
  }

  async delete(publicId: string): Promise<void> {
    await rm(this.pathOf(publicId), { force: true });
  }

  /** Every file under `prefix` in both trees, in one page, dated by its modification time. */
  async list(prefix: string): Promise<FileListing> {
    const files: ListedFile[] = [];
    for (const visibility of ['public', 'private'] as const) {
      const root = resolve(this.roots[visibility]);
      const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
        (error: unknown) => {
          if (isMissing(error)) return [];
          throw new StorageError('unavailable', 'could not list local storage', { cause: error });
        },
      );
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        const path = join(entry.parentPath, entry.name);
        const key = relative(root, path).split(sep).join('/');
        if (!key.startsWith(prefix)) continue;
        // Gone since the directory was read (deleted meanwhile): not listed.
        const stored = await stat(path).catch(() => undefined);
        if (stored) files.push({ publicId: storageId(visibility, key), storedAt: stored.mtime });
      }
    }
    return { files };
  }

  privateLink(publicId: string, _contentType: SniffedType, expiresAt: Date): string {
    const { visibility, key } = parseStorageId(publicId);
    if (visibility !== 'private') throw new StorageError('refused', 'not a private file');
    return this.links.url(this.publicBaseUrl, key, expiresAt);
  }

  async readPrivate(publicId: string): Promise<Buffer | undefined> {
    if (parseStorageId(publicId).visibility !== 'private') return undefined;
    try {
      return await readFile(this.pathOf(publicId));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async makePrivate(publicId: string): Promise<string> {
    const { visibility, key } = parseStorageId(publicId);
    if (visibility === 'private') return publicId;
    const to = storageId('private', key);
    try {
      await mkdir(dirname(this.pathOf(to)), { recursive: true });
      await rename(this.pathOf(publicId), this.pathOf(to));
    } catch (error) {
      // Missing: moved already (by another worker starting at the same time), or lost before; either
      // way nothing of it is public any more.
      if (!isMissing(error)) {
        throw new StorageError('unavailable', 'could not move the file to private storage', { cause: error });
      }
    }
    return to;
  }

  private pathOf(publicId: string): string {
    const { visibility, key } = parseStorageId(publicId);
    const root = resolve(this.roots[visibility]);
    const path = resolve(root, key);
    if (!path.startsWith(root + sep)) throw new StorageError('refused', 'invalid file id');
    return path;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
