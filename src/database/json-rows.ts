import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * An insert of any number of rows of `table`, sent as one jsonb parameter:
 * `insert into t ("a", "b") select "a", "b" from jsonb_to_recordset($1::jsonb) as r("a" int, "b" text)`.
 *
 * Why not drizzle's multi-row `values`: its text grows with the rows (one prepared statement per roster
 * size), and drizzle walks every value of every row to build it, which was a tenth of the server's CPU
 * under registration load (docs/benchmarks.md, issue 15). This text is built once per table and column
 * list; a row costs one `JSON.stringify`.
 *
 * The values go as JSON carries them, without drizzle's column encoders: for columns of text, numbers,
 * enums, uuids, timestamps (a `Date` becomes its ISO string) and arrays of these (a JSON array). Every
 * column in `keys` is set, null where a row has none: a column's default applies only to columns left out
 * of `keys`.
 *
 * `ofJson` builds the insert from the rows' JSON (`json`); its `jsonText`, when given, turns that JSON (a text
 * parameter) into the text the insert reads: an SQL expression, e.g. a `replace` filling in a value that the
 * statement this insert is part of decides.
 */
export function jsonRowsInsert<T extends PgTable, K extends keyof T['$inferInsert'] & string>(
  table: T,
  keys: readonly K[],
): JsonRowsInsert<Pick<T['$inferInsert'], K>> {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const names = keys.map((key) => quoted(columns[key]!.name)).join(', ');
  // The recordset's fields are named as the rows' properties, so the rows go to JSON as they are.
  const fields = keys.map((key) => `${quoted(key)} ${columns[key]!.getSQLType()}`).join(', ');
  const selected = keys.map(quoted).join(', ');
  const head = sql.raw(
    `insert into ${quoted(getTableName(table))} (${names}) select ${selected} from jsonb_to_recordset(`,
  );
  const tail = sql.raw(`::jsonb) as r(${fields})`);
  const ofJson = (json: unknown, jsonText = (text: SQL) => text) =>
    sql`${head}${jsonText(sql`${json}`)}${tail}`;
  return Object.assign((rows: readonly Pick<T['$inferInsert'], K>[]) => ofJson(wellFormedJson(rows)), {
    json: wellFormedJson,
    ofJson,
  });
}

/** An insert of rows through one jsonb parameter (jsonRowsInsert). */
export interface JsonRowsInsert<Row> {
  /** The insert of `rows`. */
  (rows: readonly Row[]): SQL;
  /** The value the insert of `rows` binds: their JSON. */
  json(rows: readonly Row[]): string;
  /**
   * The insert of the rows whose JSON is `json` (from `json`): a value, or a placeholder of a statement
   * rendered once (fixedStatement).
   */
  ofJson(json: unknown, jsonText?: (json: SQL) => SQL): SQL;
}

/** A lone surrogate, as JSON.stringify escapes it (a backslash before `ud800` in the text also matches). */
const LONE_SURROGATE = /\\ud[89a-f]/i;

/**
 * JSON of `rows` that PostgreSQL's jsonb accepts. A string from a JSON request body may hold a lone
 * surrogate (`"\ud800"`), which jsonb refuses (22P02): such characters become U+FFFD, as they do when
 * postgres.js sends a text parameter as UTF-8.
 */
function wellFormedJson(rows: unknown): string {
  const json = JSON.stringify(rows);
  if (!LONE_SURROGATE.test(json)) return json;
  return JSON.stringify(rows, (_key, value: unknown) =>
    typeof value === 'string' ? value.toWellFormed() : value,
  );
}
