import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { PollLoop } from './poll-loop.js';

describe('PollLoop', () => {
  it('runs a tick woken from inside a request in its own context, not the request’s', async () => {
    const requestContext = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    let ticked!: () => void;
    const woken = new Promise<void>((resolve) => (ticked = resolve));
    const loop = new PollLoop(
      60_000,
      async () => {
        seen.push(requestContext.getStore());
        if (seen.length === 2) ticked();
      },
      new Logger('test'),
    );
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    requestContext.run('a request', () => loop.wake());
    await woken;
    await loop.stop();
    expect(seen).toEqual([undefined, undefined]);
  });

  it('ticks again at once while a tick says more is waiting, then waits for the interval', async () => {
    let ticks = 0;
    const loop = new PollLoop(60_000, async () => ++ticks < 4, new Logger('test'));
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await loop.stop();
    expect(ticks).toBe(4);
  });
});
