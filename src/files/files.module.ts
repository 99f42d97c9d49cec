import { Module } from '@nestjs/common';
import { FilesController } from './files.controller.js';

/** `GET /files/:id/:name`: private files on the local disk, through signed, expiring links. */
@Module({ controllers: [FilesController] })
export class FilesModule {}
