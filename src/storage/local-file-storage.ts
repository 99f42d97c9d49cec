import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { EXTENSION } from './file-content.js';
import { FileStorage, StorageError, type FileToStore, type StoredFile } from './file-storage.js';

/** Files under `DATA_DIR/uploads`, served read-only at `/uploads/...`. */
export class LocalFileStorage extends FileStorage {
  readonly name = 'local' as const;

  constructor(
    readonly root: string,
    private readonly publicBaseUrl: string,
  ) {
    super();
  }

  async upload(file: FileToStore): Promise<StoredFile> {
    const publicId = `${file.folder}/${file.name}.${EXTENSION[file.contentType]}`;
    const path = this.pathOf(publicId);
    try {
      await mkdir(dirname(path), { recursive: true });
      // Write to a temporary name and rename, so a reader never sees half a file.
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, file.bytes);
      await rename(temporary, path);
    } catch (error) {
      throw new StorageError('unavailable', 'could not write the file to local storage', { cause: error });
    }
    return { url: `${this.publicBaseUrl}/uploads/${publicId}`, publicId };
  }

  async delete(publicId: string): Promise<void> {
    await rm(this.pathOf(publicId), { force: true });
  }

  private pathOf(publicId: string): string {
    const path = resolve(this.root, publicId);
    if (!path.startsWith(resolve(this.root) + sep)) throw new StorageError('refused', 'invalid file id');
    return path;
  }
}
