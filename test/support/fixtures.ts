/** Builders for registration requests: a valid form, and files whose bytes say what they are. */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A real 1x1 PNG, padded with a trailing chunk to the requested size. */
export function pngBytes(size = 256): Buffer {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  return size <= png.length ? png : Buffer.concat([png, Buffer.alloc(size - png.length, 0x20)]);
}

export function jpegBytes(size = 256): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.alloc(size - 6, 0x11)]);
}

export function pdfBytes(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
}

export function gifBytes(): Buffer {
  return Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64, 0)]);
}

export { PNG_SIGNATURE };

export interface PlayerInput {
  name: string;
  role: string;
  phone: string;
}

export function players(count = 11, prefix = 'Player'): PlayerInput[] {
  const roles = ['Batsman', 'Bowler', 'All-Rounder', 'Wicket-Keeper'];
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix} ${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}`,
    role: roles[i % roles.length]!,
    phone: String(9_000_000_000 + i),
  }));
}

let sequence = 0;
/** A unique team and church name per call, so tests never collide with each other's rows. */
export function uniqueNames(): { team: string; church: string } {
  sequence += 1;
  const tag = `${process.pid.toString(36)} ${sequence.toString(36)} ${Math.random().toString(36).slice(2, 6)}`
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!)
    .toUpperCase();
  return { team: `Team ${tag}`, church: `Church ${tag}` };
}

export type FormFields = Record<string, string | undefined>;

export interface FormFiles {
  logo?: { bytes: Buffer; filename?: string; type?: string } | null;
  payment_receipt?: { bytes: Buffer; filename?: string; type?: string } | null;
}

export function validFields(overrides: FormFields = {}): FormFields {
  const names = uniqueNames();
  return {
    team_name: names.team,
    church_name: names.church,
    captain_name: 'Samuel Joseph',
    captain_phone: '9876543210',
    captain_email: 'captain@example.org',
    captain_whatsapp: '9876543211',
    coach_name: 'Coach Mathew',
    players: JSON.stringify(players()),
    ...overrides,
  };
}

/** A multipart body as a browser would send it; `null` leaves a file out, `undefined` uses a small PNG logo. */
export function registrationForm(fields: FormFields = validFields(), files: FormFiles = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  const logo =
    files.logo === undefined ? { bytes: pngBytes(), filename: 'logo.png', type: 'image/png' } : files.logo;
  if (logo)
    form.append(
      'logo',
      new Blob([logo.bytes], { type: logo.type ?? 'image/png' }),
      logo.filename ?? 'logo.png',
    );
  const receipt = files.payment_receipt;
  if (receipt) {
    form.append(
      'payment_receipt',
      new Blob([receipt.bytes], { type: receipt.type ?? 'application/pdf' }),
      receipt.filename ?? 'receipt.pdf',
    );
  }
  return form;
}

export async function register(
  baseUrl: string,
  form: FormData = registrationForm(),
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  return readResponse(await fetch(`${baseUrl}/api/registration`, { method: 'POST', body: form, headers }));
}

/** Status, headers and the body: parsed JSON, or the text when it is not JSON. */
export async function readResponse(res: Response): Promise<{ status: number; body: any; headers: Headers }> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the assertion that follows will show it
  }
  return { status: res.status, body, headers: res.headers };
}

/**
 * Adds documents to a form by field (`pastor_letter`, `players[3].id_proof`): the server tells their
 * type by content, so the name and declared type sent are neutral.
 */
export function withDocuments(form: FormData, documents: Record<string, Buffer>): FormData {
  for (const [field, bytes] of Object.entries(documents)) {
    form.append(field, new Blob([bytes], { type: 'application/octet-stream' }), 'document');
  }
  return form;
}
