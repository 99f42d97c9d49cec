import { resolve } from 'node:path';
import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CloudinaryFileStorage } from './cloudinary-file-storage.js';
import { FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';

export function uploadsRoot(config: AppConfig): string {
  return resolve(config.dataDir, 'uploads');
}

/** Cloudinary when configured, else the local disk; callers only see `FileStorage`. */
@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Promise<FileStorage> | FileStorage => {
        if (config.cloudinary) return CloudinaryFileStorage.create(config.cloudinary);
        const host = ['0.0.0.0', '::'].includes(config.http.host) ? 'localhost' : config.http.host;
        const base = config.http.publicUrl ?? `http://${host}:${config.http.port}`;
        return new LocalFileStorage(uploadsRoot(config), base);
      },
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
