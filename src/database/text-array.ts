/**
 * PostgreSQL's text form of a one-dimensional `text[]` (`{a,"b c","d\"e",NULL}`) as an array. Our
 * postgres.js clients do not look up array types (see CLIENT_OPTIONS in database.ts), and drizzle's own
 * fallback parser drops every backslash, so a stored `a\b` would read back as `ab`.
 */
export function parseTextArray(literal: string): (string | null)[] {
  if (!literal.startsWith('{') || !literal.endsWith('}') || literal.startsWith('{{')) {
    throw new Error(`not a one-dimensional array literal: ${literal.slice(0, 40)}`);
  }
  const items: (string | null)[] = [];
  const end = literal.length - 1;
  let i = 1;
  while (i < end) {
    let item = '';
    const quoted = literal[i] === '"';
    if (quoted) i += 1;
    while (i < end && (quoted ? literal[i] !== '"' : literal[i] !== ',')) {
      if (literal[i] === '\\') i += 1;
      item += literal[i];
      i += 1;
    }
    if (quoted) i += 1; // the closing quote
    items.push(!quoted && item === 'NULL' ? null : item);
    i += 1; // the comma
  }
  return items;
}
