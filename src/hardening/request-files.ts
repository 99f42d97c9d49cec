import { createHash, randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { SNIFF_BYTES } from '../storage/file-content.js';
import type { FileContent } from '../storage/file-storage.js';

/** A file part as it was received: its bytes (in memory or in a temporary file), size, hash and first bytes. */
export interface ReceivedPart {
  content: FileContent;
  size: number;
  /** Hex SHA-256 of the whole file, computed while it arrived. */
  sha256: string;
  /** Its first bytes (at most SNIFF_BYTES): enough to tell its type by content. */
  head: Buffer;
}

/** Bytes that every request of the process shares: `take` succeeds only while some are left. */
export class ByteBudget {
  constructor(private available: number) {}

  take(bytes: number): boolean {
    if (bytes > this.available) return false;
    this.available -= bytes;
    return true;
  }

  give(bytes: number): void {
    this.available += bytes;
  }
}

export interface RequestFilesOptions {
  /** Where files too large for memory are written (mode 0600, random names). */
  dir: string;
  /** The process's bytes for small files kept in memory; once it is spent, files go to disk. */
  memory: ByteBudget;
  /** A file larger than this goes to disk, its first bytes with it. */
  inMemoryFileBytes: number;
}

/**
 * The files of one request. A small file is kept in memory, within the process's budget: writing, reading
 * back and removing a temporary file cost a small upload more than the rest of its handling. A larger
 * one, or one that finds the budget spent, goes to a temporary file as it arrives, so a request never
 * holds more than the budget lets it. `releaseAll` gives everything back and marks the request done: a
 * file that arrives after that (a late part of an aborted body) is refused.
 */
export class RequestFiles {
  private readonly paths = new Set<string>();
  private heldBytes = 0;
  private done = false;
  private dirMade: Promise<unknown> | undefined;

  constructor(private readonly options: RequestFilesOptions) {}

  /**
   * Reads a file part whole, hashing and counting it on the way. Fails at the first byte over `limit`
   * (with `overLimit()`), or when the part breaks off, and then keeps nothing of it. On failure the rest
   * of the part is left unread: the caller drains it.
   */
  async receive(stream: Readable, limit: number, overLimit: () => Error): Promise<ReceivedPart> {
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let inMemory: Buffer[] = [];
    let inMemoryBytes = 0;
    let size = 0;
    let disk: { path: string; handle: FileHandle } | undefined;
    const toDisk = async (chunk: Buffer) => {
      if (!disk) {
        disk = await this.createFile();
        for (const held of inMemory) await writeAll(disk.handle, held);
        this.unhold(inMemoryBytes);
        inMemory = [];
        inMemoryBytes = 0;
      }
      await writeAll(disk.handle, chunk);
    };
    try {
      await eachChunk(stream, (chunk) => {
        if (size + chunk.length > limit) throw overLimit();
        // A copy: a slice would keep the whole chunk alive with the request.
        if (size < SNIFF_BYTES) head.push(Buffer.from(chunk.subarray(0, SNIFF_BYTES - size)));
        size += chunk.length;
        hash.update(chunk);
        if (!disk && size <= this.options.inMemoryFileBytes && this.hold(chunk.length)) {
          inMemory.push(chunk);
          inMemoryBytes += chunk.length;
          return undefined;
        }
        return toDisk(chunk);
      });
      if (this.done) throw new Error('the request is done: no more files');
    } catch (error) {
      this.unhold(inMemoryBytes);
      if (disk) await this.remove(disk.path);
      throw error;
    } finally {
      await disk?.handle.close();
    }
    // One copy of the whole file: the chunks are slices of the socket's larger buffers.
    const content = disk ? { path: disk.path } : { bytes: Buffer.concat(inMemory, size) };
    return { content, size, sha256: hash.digest('hex'), head: Buffer.concat(head) };
  }

  /** Forgets one received file: its temporary file is removed, its memory given back. */
  async release(content: FileContent): Promise<void> {
    if ('path' in content) await this.remove(content.path);
    else this.unhold(content.bytes.length);
  }

  async releaseAll(): Promise<void> {
    this.done = true;
    this.options.memory.give(this.heldBytes);
    this.heldBytes = 0;
    await Promise.allSettled([...this.paths].map((path) => this.remove(path)));
  }

  private hold(bytes: number): boolean {
    if (this.done || !this.options.memory.take(bytes)) return false;
    this.heldBytes += bytes;
    return true;
  }

  /** After `releaseAll` the request's bytes were given back already. */
  private unhold(bytes: number): void {
    if (this.done) return;
    this.heldBytes -= bytes;
    this.options.memory.give(bytes);
  }

  private async createFile(): Promise<{ path: string; handle: FileHandle }> {
    // Made (or found) once per request, not once per file (issue 15: file system calls were 9 % of S1).
    await (this.dirMade ??= mkdir(this.options.dir, { recursive: true, mode: 0o700 }));
    if (this.done) throw new Error('the request is done: no more files');
    const path = join(this.options.dir, randomUUID());
    this.paths.add(path);
    try {
      return { path, handle: await open(path, 'wx', 0o600) };
    } catch (error) {
      this.paths.delete(path);
      throw error;
    }
  }

  private async remove(path: string): Promise<void> {
    this.paths.delete(path);
    // `unlink`, not `rm`: rm looks at the path (lstat) before it unlinks it.
    await unlink(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/**
 * Hands `stream`'s chunks to `take` in order, the stream paused while a promise `take` returned is
 * pending, until the stream ends. Rejects with the first failure (of `take`, or of the stream, or its
 * closing early), never while `take` is still at work, and leaves the stream as it is: unlike
 * `for await`, which would destroy it, and the multipart parser would then wait for that part forever.
 */
function eachChunk(stream: Readable, take: (chunk: Buffer) => Promise<void> | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    let working: Promise<void> | undefined;
    // Anything `take` throws is an Error: overLimit()'s, or the file system's.
    const settle = (error?: Error) => {
      stream.off('data', onData).off('end', settle).off('error', settle).off('close', onClose);
      const result = () => (error ? reject(error) : resolve());
      if (working) void working.then(result, result);
      else result();
    };
    const onClose = () => settle(new Error('the file part ended early'));
    const onData = (chunk: Buffer) => {
      try {
        working = take(chunk);
      } catch (error) {
        return settle(error as Error);
      }
      if (!working) return;
      stream.pause();
      working.then(
        () => {
          working = undefined;
          stream.resume();
        },
        (error: Error) => {
          working = undefined;
          settle(error);
        },
      );
    };
    stream.on('data', onData).once('end', settle).once('error', settle).once('close', onClose);
  });
}

/** Writes all of `bytes`: one `write` may take fewer (a full disk), and only the next one then fails. */
async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}
