import type { Request } from 'express';
import { multipartInterceptor } from '../hardening/multipart.interceptor.js';
import type { ReceivedFiles } from './team-form.js';

/** The registration form's multipart limits; an edit through the captain's link sends the same form. */
export const TeamFormMultipart = multipartInterceptor((config) => ({
  files: { logo: config.registration.maxLogoBytes, payment_receipt: config.registration.maxReceiptBytes },
  maxFields: 30,
  maxFieldBytes: 64 * 1024,
}));

/** The form's files as the multipart interceptor left them on the request. */
export function receivedFiles(req: Request): ReceivedFiles {
  const files = (req.files ?? {}) as Record<string, Express.Multer.File[] | undefined>;
  return { logo: files.logo?.[0]?.buffer, payment_receipt: files.payment_receipt?.[0]?.buffer };
}
