/** Characters that make a spreadsheet read a cell as a formula (or run it through DDE). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: RFC 4180 quoting (quotes doubled, fields with comma, quote, CR or LF quoted), and a
 * leading `'` on text a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`, `-2`, `@SUM`).
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 says. */
export type CsvCell = string | number | null | undefined;

export function csvRecord(fields: CsvCell[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
