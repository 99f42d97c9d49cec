import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { HttpReply } from '../hardening/http.js';
import { RequestTimeout } from '../hardening/request-timeout.interceptor.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { sniffContentType } from '../storage/file-content.js';
import { FileStorage } from '../storage/file-storage.js';
import { FILES_PATH, SignedLinks } from '../storage/signed-links.js';
import { ApiPrivateFile } from './files.docs.js';

/**
 * Private files kept on the local disk, through the signed links team views hand out. A link without
 * a valid signature, or past its expiry, is `403 LINK_INVALID` whatever file it names; the file is
 * read only after the signature holds.
 */
@Controller(FILES_PATH)
@RequestTimeout()
export class FilesController {
  constructor(
    @Inject(SignedLinks) private readonly links: SignedLinks,
    @Inject(FileStorage) private readonly storage: FileStorage,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get(':id/:name')
  @ApiPrivateFile()
  async open(
    @Param('id') id: string,
    @Param('name') name: string,
    @Query('expires') expires: unknown,
    @Query('signature') signature: unknown,
    @Res() reply: HttpReply,
  ): Promise<HttpReply> {
    // Personal documents: no cache along the way may keep one, the error answers included.
    reply.header('Cache-Control', 'private, no-store');
    const fileId = this.links.check({ id, name, expires, signature }, this.clock.now());
    if (!fileId) throw new AppError('LINK_INVALID');
    const bytes = await this.storage.readPrivate(fileId);
    if (!bytes) throw new AppError('NOT_FOUND', 'No such file');
    const type = sniffContentType(bytes);
    const inline = type === 'image/png' || type === 'image/jpeg';
    reply.header('Content-Type', type ?? 'application/octet-stream');
    reply.header('X-Content-Type-Options', 'nosniff');
    // `name` is the key's own file name (checked with the signature); kept out of the header if unusual.
    const filename = /^[\w.-]{1,200}$/.test(name) ? name : 'file';
    reply.header('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="${filename}"`);
    return reply.send(bytes);
  }
}
