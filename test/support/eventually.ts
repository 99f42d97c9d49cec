/** Polls `probe` until it returns something other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(
  what: string | (() => string),
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 20_000,
  everyMs = 50,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`,
      );
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export interface StatusBody {
  breakers: Record<'cloudinary' | 'smtp', { state: 'closed' | 'open' | 'half_open'; failures: number }>;
  outbox: { pending: number; dead: number };
  uploads: { pending: number; deletions_pending: number };
}

export async function getStatus(baseUrl: string): Promise<StatusBody> {
  const res = await fetch(`${baseUrl}/status`);
  if (res.status !== 200) throw new Error(`GET /status answered ${res.status}`);
  return (await res.json()) as StatusBody;
}
