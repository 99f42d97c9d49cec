/**
 * What may appear in a log line: emails and phone numbers are shortened to a recognisable tail,
 * secrets (passwords, API keys, authorization, cookies, idempotency keys, signatures) to a short prefix,
 * and the signature, token or api_key in any link's query to `***`.
 */

const EMAIL = /([A-Za-z0-9._%+-]{1,2})[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
// 10 to 13 digits, optionally with a leading +: Indian mobile numbers with or without country code.
const PHONE = /(?<![\d])\+?\d{6,9}(\d{4})(?![\d])/g;
const SECRET_NAME = /pass(word)?|secret|token|api[-_]?key|authorization|cookie|idempotency|signature/i;
const URL_CREDENTIALS = /^([a-z][a-z0-9+.-]*:\/\/)([^@/]*)@/i;
// What makes a link a key: a signed file link's signature (ours, Cloudinary's), a captain's token.
const SECRET_QUERY = /([?&](?:signature|api_key|token)=)[^&#\s"'<>]+/gi;

export function maskEmail(email: string): string {
  return email.replace(EMAIL, '$1***@$2');
}

export function maskPhone(text: string): string {
  return text.replace(PHONE, (match, last4: string) => `${'*'.repeat(match.length - 4)}${last4}`);
}

/** Enough of a secret to tell two apart in a log, never enough to use it. */
export function maskSecret(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) return '***';
  return value.length <= 8 ? '***' : `${value.slice(0, 4)}***`;
}

function maskText(text: string): string {
  return maskPhone(maskEmail(text)).replace(URL_CREDENTIALS, '$1***@').replace(SECRET_QUERY, '$1***');
}

/** A deep copy of `value` with every email, phone number and secret masked. */
export function maskForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    const { message, stack } = withoutStatementValues(value);
    return {
      type: value.name,
      message: maskText(message),
      ...(code === undefined ? {} : { code }),
      ...databaseErrorFields(value),
      ...(stack ? { stack: maskText(stack) } : {}),
      ...(value.cause === undefined ? {} : { cause: maskForLog(value.cause, depth + 1) }),
    };
  }
  if (Array.isArray(value)) return value.map((v) => maskForLog(v, depth + 1));
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_NAME.test(key) && typeof v === 'string') {
      out[key] = maskSecret(v);
    } else if (SECRET_NAME.test(key) && Array.isArray(v)) {
      out[key] = v.map(maskSecret);
    } else {
      out[key] = maskForLog(v, depth + 1);
    }
  }
  return out;
}

/**
 * An error's message and stack without the values of the statement it reports. drizzle's query builders
 * wrap a failure in a DrizzleQueryError (it carries `query` and `params`) whose message is
 * `Failed query: <text>\nparams: <values>`, and the values are a team's names, phones and emails. The
 * message is cut after the statement's text, whatever follows it, and the stack, which begins with the
 * message, is cut with it or left out.
 */
function withoutStatementValues(error: Error): { message: string; stack: string | undefined } {
  const { query, params } = error as { query?: unknown; params?: unknown };
  const at = typeof query === 'string' && query && Array.isArray(params) ? error.message.indexOf(query) : -1;
  if (at < 0) return { message: error.message, stack: error.stack };
  const message = `${error.message.slice(0, at + (query as string).length)}\nparams: (not logged)`;
  const head = `${error.name}: ${error.message}`;
  const stack = error.stack?.startsWith(head)
    ? `${error.name}: ${message}${error.stack.slice(head.length)}`
    : undefined;
  return { message, stack };
}

/** An error's message as a log line may show it: masked, and without a failed statement's values. */
export function messageForLog(error: Error): string {
  return maskText(withoutStatementValues(error).message);
}

/**
 * What a failed statement's error (postgres.js's, which `execute` leaves unwrapped) says about where it
 * failed: the statement's text (postgres.js's `query`, with `$n` for every value) and the constraint,
 * table and column. Never its `parameters` or `detail` ("Failing row contains ..."): those hold the values.
 */
function databaseErrorFields(error: Error): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const { query, constraint_name, table_name, column_name } = error as Error & Record<string, unknown>;
  if (typeof query === 'string') fields.statement = maskText(query);
  if (typeof constraint_name === 'string') fields.constraint = constraint_name;
  if (typeof table_name === 'string') fields.table = table_name;
  if (typeof column_name === 'string') fields.column = column_name;
  return fields;
}
