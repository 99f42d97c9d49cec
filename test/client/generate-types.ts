import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import ts from 'typescript';

/** `format: binary` (the form's files) is a Blob to the client, not a string. */
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

export const TYPES_HEADER = `/* eslint-disable */
// Generated from the served /docs-json by test/client.test.ts with openapi-typescript: do not edit.
// After changing the API's documentation: npm run openapi:types (UPDATE_CLIENT_TYPES=1 vitest run test/client.test.ts)
`;

/**
 * The TypeScript types openapi-typescript generates from the OpenAPI document, as a front-end would
 * generate them, formatted as the repository formats its files.
 */
export async function generateClientTypes(document: object, filepath: string): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    transform(schema) {
      if (schema.format !== 'binary') return undefined;
      return schema.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
    },
  });
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(`${TYPES_HEADER}\n${astToString(ast)}`, { ...options, filepath });
}
