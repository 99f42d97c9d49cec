import { describe, expect, it } from 'vitest';
import { parseTextArray } from './text-array.js';

describe('parseTextArray', () => {
  it('reads empty arrays, bare and quoted items, and NULL', () => {
    expect(parseTextArray('{}')).toEqual([]);
    expect(parseTextArray('{""}')).toEqual(['']);
    expect(parseTextArray('{captain@example.com,அருண்@example.com}')).toEqual([
      'captain@example.com',
      'அருண்@example.com',
    ]);
    expect(parseTextArray('{NULL,"NULL",a}')).toEqual([null, 'NULL', 'a']);
  });

  it('keeps what PostgreSQL escaped: quotes, backslashes, commas, braces, spaces', () => {
    expect(parseTextArray('{"a,\\"b\\"{c}\\\\d@example.com","two words",x}')).toEqual([
      'a,"b"{c}\\d@example.com',
      'two words',
      'x',
    ]);
    expect(parseTextArray('{"\\\\","\\""}')).toEqual(['\\', '"']);
  });

  it('refuses what is not a one-dimensional array literal', () => {
    expect(() => parseTextArray('[1:2]={a,b}')).toThrow('not a one-dimensional array literal');
    expect(() => parseTextArray('{{a,b},{c,d}}')).toThrow('not a one-dimensional array literal');
  });
});
