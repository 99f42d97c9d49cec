import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, PATH_PARAM_ERRORS, TIMED_ROUTE_ERRORS } from '../docs/decorators.js';
import { responseHeader } from '../docs/headers.js';

const FILE_BODY = { schema: { type: 'string', format: 'binary', maxLength: 10_485_760 } };

/** The OpenAPI description of `GET /files/:id/:name` (files.controller.ts). */
export function ApiPrivateFile() {
  return applyDecorators(
    ApiTags('Files'),
    ApiOperation({
      operationId: 'privateFile',
      summary: 'A private document through the signed link a team view gives',
      description:
        'Only with local file storage. Links are not built by hand: they come as `files[].url` in the ' +
        "captain's view and the admin team detail (and the CSV export), signed with the server's key and " +
        'valid for `DOCUMENT_LINK_TTL_SECONDS` from that response. With Cloudinary the same field holds ' +
        'a signed, expiring Cloudinary download link instead. Answered `Cache-Control: private, no-store`; ' +
        'anything but an image is sent as an attachment. The signature is the credential: a link is ' +
        'for whoever holds it, until it expires.',
    }),
    ApiParam({
      name: 'id',
      description: "The file's storage key, base64url",
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,1024}$', maxLength: 1024 },
      example: 'dGVhbXMvNmYxYy4uLg',
    }),
    ApiParam({
      name: 'name',
      description: "The file's name",
      schema: { type: 'string', maxLength: 255 },
      example: 'payment_receipt.pdf',
    }),
    ApiQuery({
      name: 'expires',
      required: true,
      description: 'Unix time (seconds) when the link stops working',
      schema: { type: 'integer', format: 'int64', minimum: 0, maximum: 999_999_999_999 },
      example: 1767225600,
    }),
    ApiQuery({
      name: 'signature',
      required: true,
      description: 'HMAC-SHA256 of the file and `expires`, hex',
      schema: { type: 'string', pattern: '^[0-9a-f]{64}$', maxLength: 64 },
    }),
    ApiResponse({
      status: 200,
      description:
        'The file, with the content type read from its bytes (`application/octet-stream` when unknown)',
      headers: { 'Content-Disposition': responseHeader('Content-Disposition', true) },
      content: {
        'application/pdf': FILE_BODY,
        'image/png': FILE_BODY,
        'image/jpeg': FILE_BODY,
        'application/octet-stream': FILE_BODY,
      },
    }),
    ApiErrorResponses(
      ...TIMED_ROUTE_ERRORS,
      ...PATH_PARAM_ERRORS,
      'RATE_LIMITED',
      'LINK_INVALID',
      'NOT_FOUND',
    ),
  );
}
