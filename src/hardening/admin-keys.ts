import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

interface KnownKey {
  sha256: Buffer;
  fingerprint: string;
}

/** Domain separation, so a fingerprint is not a prefix of the hash used to check the key. */
const FINGERPRINT_LABEL = 'icct26 admin key fingerprint';

/**
 * The admin API keys from ADMIN_API_KEYS, kept only as SHA-256 hashes. A presented key is hashed
 * and compared against every known hash in constant time; the match is named by its short
 * fingerprint, which is what the status history and logs record.
 */
@Injectable()
export class AdminKeys implements OnModuleInit {
  private readonly logger = new Logger('AdminAuth');
  private readonly keys: KnownKey[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.keys = config.adminApiKeys.map((key) => ({ sha256: sha256(key), fingerprint: keyFingerprint(key) }));
  }

  get configured(): boolean {
    return this.keys.length > 0;
  }

  onModuleInit(): void {
    if (this.configured) {
      const fingerprints = this.keys.map((k) => k.fingerprint).join(', ');
      this.logger.log(`${this.keys.length} admin API key(s) configured (fingerprints: ${fingerprints})`);
    } else {
      this.logger.warn('ADMIN_API_KEYS is empty: every /admin route answers 401 until a key is configured');
    }
  }

  /** The fingerprint of the matching key, or undefined. Every known key is compared, match or not. */
  verify(presented: string): string | undefined {
    const hash = sha256(presented);
    let match: string | undefined;
    for (const key of this.keys) {
      if (timingSafeEqual(hash, key.sha256)) match ??= key.fingerprint;
    }
    return match;
  }
}

/** 12 hex characters that name a key in history and logs without revealing it. */
export function keyFingerprint(key: string): string {
  return createHmac('sha256', FINGERPRINT_LABEL).update(key, 'utf8').digest('hex').slice(0, 12);
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
