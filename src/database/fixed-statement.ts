import { Param, Placeholder, sql, type SQL } from 'drizzle-orm';
import { dialect, execute, postgresClientOf, type DbOrTx } from './database.js';

/** Runs a fixed statement with these values. */
export type FixedStatement<Name extends string> = (
  db: DbOrTx,
  values: Record<Name, unknown>,
) => Promise<unknown>;

/**
 * A statement whose text is rendered once. `build` only interpolates each of its values (`${values.x}`),
 * never reads them: it is called once with a placeholder for each (drizzle's `sql.placeholder`), and
 * every run on the PostgreSQL pool sends that text with the values bound in their place. On PGlite each
 * run builds the statement with its values, as any other.
 *
 * Why: drizzle renders a statement by walking its fragments, and a registration's four were built and
 * rendered anew for each registration: an eighth of the bytes it allocated. With `execute`, this took
 * drizzle's share of a registration's main thread from about 240 to 50 µs (issue 15, docs/benchmarks.md
 * "Eleventh stop").
 */
export function fixedStatement<Name extends string>(
  names: readonly Name[],
  build: (values: Record<Name, unknown>) => SQL,
): FixedStatement<Name> {
  // A value read but not named would be rendered once, as a constant: refused at once instead.
  const placeholders = new Proxy(Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])), {
    get(target, name) {
      if (typeof name === 'string' && !Object.hasOwn(target, name)) {
        throw new Error(`fixedStatement: "${name}" is not among its names`);
      }
      return Reflect.get(target, name) as unknown;
    },
  });
  const rendered = dialect.sqlToQuery(build(placeholders as Record<Name, unknown>));
  const slots = rendered.params.map((param) => {
    if (param instanceof Placeholder) return param.name as Name;
    // A placeholder drizzle wrapped with a column's encoder (query builders do): not bound here.
    if (param instanceof Param && param.value instanceof Placeholder) {
      throw new Error(
        `fixedStatement: "${param.value.name}" must be interpolated in sql\`\`, not given to a query builder`,
      );
    }
    return undefined;
  });
  const unused = names.filter((name) => !slots.includes(name));
  if (unused.length > 0) throw new Error(`fixedStatement: ${unused.join(', ')} not in the statement`);
  return (db, values) => {
    const client = postgresClientOf(db);
    if (!client) return execute(db, build(values));
    const params = slots.map((name, i) => (name === undefined ? rendered.params[i] : values[name]));
    return client.unsafe(rendered.sql, params as never[]).execute();
  };
}
