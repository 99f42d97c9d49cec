import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTERCEPTORS_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { describe, expect, it } from 'vitest';
import { HealthController } from '../health/health.controller.js';
import { RegistrationStatusController } from '../registration/registration-status.controller.js';
import { RequestTimeoutInterceptor } from './request-timeout.interceptor.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every controller class in src/ (the classes `@Controller()` marks, in the `*.controller.ts` files). */
async function controllers(): Promise<{ name: string; interceptors: unknown[] }[]> {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.controller.ts'),
  );
  const found = [];
  for (const file of files) {
    const module = (await import(join(src, file))) as Record<string, unknown>;
    const exported = Object.values(module);
    for (const value of exported) {
      if (typeof value !== 'function' || Reflect.getMetadata(PATH_METADATA, value) === undefined) continue;
      const interceptors = (Reflect.getMetadata(INTERCEPTORS_METADATA, value) ?? []) as unknown[];
      found.push({ name: value.name, interceptors });
    }
  }
  return found;
}

/**
 * Controllers whose routes bound their own work: /health's ping (1 s), the registration status's counts
 * (REQUEST_TIMEOUT, test/database-stall.test.ts).
 */
const BOUNDING_THEIR_OWN = [HealthController.name, RegistrationStatusController.name];

describe('the request timeout', () => {
  it('is the first interceptor of every controller but those bounding their own work', async () => {
    const all = await controllers();
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const { name, interceptors } of all) {
      if (BOUNDING_THEIR_OWN.includes(name)) continue;
      expect(interceptors[0], name).toBe(RequestTimeoutInterceptor);
    }
  });

  it('leaves those bounding their own work without interceptors', async () => {
    const exempt = (await controllers()).filter(({ name }) => BOUNDING_THEIR_OWN.includes(name));
    expect(exempt.map(({ name }) => name).sort()).toEqual([...BOUNDING_THEIR_OWN].sort());
    for (const { interceptors } of exempt) expect(interceptors).toEqual([]);
  });
});
