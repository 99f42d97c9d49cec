import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ByteBudget, RequestFiles } from './request-files.js';

const KB = 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const tooLarge = () => new Error('too large');
/** A file part as busboy hands it over: in chunks of `chunk` bytes. */
const part = (bytes: Buffer, chunk = 16 * KB) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) =>
      bytes.subarray(i * chunk, (i + 1) * chunk),
    ),
  );

describe('RequestFiles', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'request-files-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const onDisk = () => readdir(dir).catch(() => []);
  /** Whether all of `budget`'s `total` bytes are free: it takes them and gives them back. */
  const whole = (budget: ByteBudget, total: number) => {
    const free = budget.take(total);
    if (free) budget.give(total);
    return free;
  };

  it('keeps a small file in memory, byte for byte, and gives its memory back when released', async () => {
    const memory = new ByteBudget(256 * KB);
    const files = new RequestFiles({ dir, memory, inMemoryFileBytes: 64 * KB });
    const bytes = randomBytes(40 * KB);

    const received = await files.receive(part(bytes), 1024 * KB, tooLarge);

    expect(received.content).toEqual({ bytes });
    expect(received).toMatchObject({
      size: bytes.length,
      sha256: sha256(bytes),
      head: bytes.subarray(0, 16),
    });
    expect(await onDisk()).toEqual([]);
    expect(whole(memory, 256 * KB)).toBe(false);
    await files.releaseAll();
    expect(whole(memory, 256 * KB)).toBe(true);
  });

  it('moves a file to disk once it grows past the in-memory size, the bytes read so far first', async () => {
    const memory = new ByteBudget(256 * KB);
    const files = new RequestFiles({ dir, memory, inMemoryFileBytes: 64 * KB });
    const bytes = randomBytes(200 * KB + 7);

    const received = await files.receive(part(bytes), 1024 * KB, tooLarge);

    expect('path' in received.content).toBe(true);
    const path = (received.content as { path: string }).path;
    expect(await readFile(path)).toEqual(bytes);
    expect(received).toMatchObject({
      size: bytes.length,
      sha256: sha256(bytes),
      head: bytes.subarray(0, 16),
    });
    // Its memory came back as it went to disk.
    expect(whole(memory, 256 * KB)).toBe(true);
    await files.releaseAll();
    expect(await onDisk()).toEqual([]);
  });

  it('writes small files to disk once the process budget is spent, and memory again when it is back', async () => {
    const memory = new ByteBudget(100 * KB);
    const first = new RequestFiles({ dir, memory, inMemoryFileBytes: 64 * KB });
    const second = new RequestFiles({ dir, memory, inMemoryFileBytes: 64 * KB });
    const a = randomBytes(60 * KB);
    const b = randomBytes(60 * KB);

    expect((await first.receive(part(a), 1024 * KB, tooLarge)).content).toEqual({ bytes: a });
    const spilled = await second.receive(part(b), 1024 * KB, tooLarge);
    expect(await readFile((spilled.content as { path: string }).path)).toEqual(b);

    await first.releaseAll();
    expect((await second.receive(part(b), 1024 * KB, tooLarge)).content).toEqual({ bytes: b });
    await second.releaseAll();
    expect(await onDisk()).toEqual([]);
    expect(whole(memory, 100 * KB)).toBe(true);
  });

  it.each([
    ['in memory', 32 * KB],
    ['on disk', 200 * KB],
  ])('keeps nothing of a file over its limit (%s until then)', async (_where, limit) => {
    const memory = new ByteBudget(256 * KB);
    const files = new RequestFiles({ dir, memory, inMemoryFileBytes: 64 * KB });

    await expect(files.receive(part(randomBytes(limit + 1)), limit, tooLarge)).rejects.toThrow('too large');

    expect(await onDisk()).toEqual([]);
    expect(whole(memory, 256 * KB)).toBe(true);
  });

  it.each([
    ['in memory', 16 * KB, 20],
    ['on disk', 100 * KB, 20],
    ['while its temporary file is being made', 100 * KB, 0],
  ])(
    'keeps nothing of a part that breaks off (%s), and leaves no file open',
    async (_when, sent, afterMs) => {
      const memory = new ByteBudget(256 * KB);
      const files = new RequestFiles({ dir, memory, inMemoryFileBytes: 64 * KB });
      const openBefore = (await readdir('/proc/self/fd')).length;
      const stream = new PassThrough();
      const receiving = files.receive(stream, 1024 * KB, tooLarge);
      stream.write(randomBytes(sent));
      await new Promise((resolve) => (afterMs ? setTimeout(resolve, afterMs) : setImmediate(resolve)));
      stream.destroy(new Error('Unexpected end of form'));

      await expect(receiving).rejects.toThrow('Unexpected end of form');
      expect(await onDisk()).toEqual([]);
      expect(whole(memory, 256 * KB)).toBe(true);
      expect((await readdir('/proc/self/fd')).length).toBe(openBefore);
    },
  );

  it('gives everything back at once when the request ends mid-file, and refuses the rest of that file', async () => {
    const memory = new ByteBudget(256 * KB);
    const files = new RequestFiles({ dir, memory, inMemoryFileBytes: 64 * KB });
    const stream = new PassThrough();
    const receiving = files.receive(stream, 1024 * KB, tooLarge);
    stream.write(randomBytes(16 * KB));
    await new Promise((resolve) => setTimeout(resolve, 20));

    await files.releaseAll();
    expect(whole(memory, 256 * KB)).toBe(true);
    stream.end(randomBytes(16 * KB));

    await expect(receiving).rejects.toThrow('the request is done');
    expect(whole(memory, 256 * KB)).toBe(true);
    await expect(files.receive(part(randomBytes(KB)), 1024 * KB, tooLarge)).rejects.toThrow(
      'the request is done',
    );
    expect(await onDisk()).toEqual([]);
  });
});
