import type { HttpRequest } from '../hardening/http.js';
import { multipartInterceptor, multipartFiles } from '../hardening/multipart.interceptor.js';
import { DOCUMENT_FIELDS, documentSlotOf } from './documents.js';
import type { ReceivedFiles } from './team-form.js';

/**
 * The registration form's multipart limits; an edit through the captain's link sends the same form.
 * Every document field may be sent (4 team documents and 2 per player), each within its kind's size.
 */
export const TeamFormMultipart = multipartInterceptor((config) => ({
  files: Object.fromEntries(
    DOCUMENT_FIELDS.map((field) => [field, config.documents.maxBytes[documentSlotOf(field)!.kind]]),
  ),
  // The form's text fields, plus an empty one for each document field left blank: Swagger UI (and some
  // HTML forms) send a file input nobody filled as an empty text part.
  maxFields: 30 + DOCUMENT_FIELDS.length,
  maxFieldBytes: 64 * 1024,
}));

/** The form's files as the multipart interceptor read them, by field name. */
export function receivedFiles(req: HttpRequest): ReceivedFiles {
  const files = multipartFiles(req) ?? {};
  return Object.fromEntries(
    Object.entries(files).map(([field, list]) => {
      const file = list?.[0];
      return [
        field,
        file && { content: file.content, size: file.size, sha256: file.sha256, head: file.head },
      ];
    }),
  );
}
