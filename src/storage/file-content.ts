/** File types recognised by their first bytes; a file name or declared type is never trusted. */
export type SniffedType = 'image/png' | 'image/jpeg' | 'application/pdf';

const SIGNATURES: { type: SniffedType; bytes: number[] }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
];

/** How many first bytes `sniffContentType` needs: a file's first SNIFF_BYTES give the same answer as all of it. */
export const SNIFF_BYTES = 16;

export function sniffContentType(bytes: Buffer): SniffedType | undefined {
  return SIGNATURES.find((s) => bytes.length > s.bytes.length && s.bytes.every((b, i) => bytes[i] === b))
    ?.type;
}

export const EXTENSION: Record<SniffedType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/pdf': 'pdf',
};
